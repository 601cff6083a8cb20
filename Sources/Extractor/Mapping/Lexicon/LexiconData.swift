// The lexicon: every word the mapper and the clause parser recognize a party, a party attribute
// or a form key by. One entry a line, tab-separated: KIND, WORD, then what it means.
// Adding a wording is adding one line here; `LexiconTests` reads this file and checks that every
// entry is recognized where its kind is used.
//
// Kinds:
//   role        WORD ⇥ ROLE-KEY  a party role opening a party line (`出卖人：…`); ROLE-KEY is the
//                                letter role it stands for (甲方 …) or `-` (party-neutral: the party
//                                is keyed by the word itself). `委托方（甲方）` is read as ONE party
//                                keyed 甲方, whatever the two words are.
//   key         WORD ⇥ ATTRIBUTE a `key：value` naming a party attribute or account field
//                                (ATTRIBUTE: a case of `PartyKey`; `agent`, `idNumber` and `registrationNumber` (the
//                                15-digit 营业执照 number, not a credit code) are read —
//                                so a value before them is cut there — but not yet recorded).
//   signature   WORD             may stand between a role and its colon on a signature line
//                                (`甲方签字：`).
//   seal        WORD             a seal parenthetical dropped from a role (`乙方（盖章）：`).
//   block       WORD             a heading word that opens a party's block without a name line
//                                (`甲方账户信息：`, `如致甲方：`).
//   number      WORD             a key the contract number follows (`合同编号：`).
// Clause words (schema version 4): each names the sentences a clause rule reads.
//   place       WORD             a key the place of signing follows (`签订地点：厦门`), or the
//                                heading of an article that states it.
//   law         WORD             a verb that names the governing law after it (`适用中华人民共和国法律`).
//   payment     WORD             an instalment of the payment schedule (`预付款`, `尾款`).
//   pay         WORD             a verb of paying: a payment sentence has one.
//   penalty     WORD             a penalty (`违约金`).
//   cap         WORD             what introduces a penalty's cap (`累计不超过`).
//   terminate   WORD             terminating the contract (`解除本合同`).
//   renew       WORD             renewing it (`续签`).
//   grant       WORD             a modal that grants a right (`有权`).
//   deny        WORD             a modal that denies one (`不得`).
//   warranty    WORD             the warranty period's key (`质保期`).
//   delivery    WORD             the delivery period's key (`交货期`).
//   secrecy     WORD             the confidentiality period's key (`保密期限`).
//
// Sources: the GF-series national model contracts (示范文本: 买卖 GF-2000-0101ff, 供用 GF-1999,
// 租赁 GF-2000-0602, 运输 GF-2000-0601/0604, 建设工程施工 GF-2017-0201, 技术开发/转让/咨询/服务
// (科技部 2001), 委托, 借款 GF-2000-0102, 保证, 劳动 (人社部 2019), 服务, 许可), and the corpus.
let lexiconTSV = """
role	甲方	甲方
role	乙方	乙方
role	丙方	丙方
role	丁方	丁方
role	出租方	-
role	承租方	-
role	出租人	-
role	承租人	-
role	转租方	-
role	委托方	-
role	受托方	-
role	委托人	-
role	受托人	-
role	买方	-
role	卖方	-
role	买受人	-
role	出卖人	-
role	供方	-
role	需方	-
role	供货方	-
role	采购方	-
role	购货方	-
role	销售方	-
role	发包人	-
role	承包人	-
role	发包方	-
role	承包方	-
role	分包人	-
role	定作人	-
role	承揽人	-
role	贷款人	-
role	借款人	-
role	出借人	-
role	保证人	-
role	债权人	-
role	债务人	-
role	抵押人	-
role	抵押权人	-
role	出质人	-
role	质权人	-
role	用人单位	-
role	劳动者	-
role	聘用方	-
role	受聘方	-
role	许可方	-
role	被许可方	-
role	许可人	-
role	被许可人	-
role	转让方	-
role	受让方	-
role	让与人	-
role	受让人	-
role	服务方	-
role	接受服务方	-
role	投保人	-
role	保险人	-
role	托运人	-
role	承运人	-
role	研究开发人	-
role	赠与人	-
role	受赠人	-
role	保管人	-
role	寄存人	-
role	存货人	-
role	居间人	-
role	居间方	-
role	中介方	-
role	业主	-
role	租户	-
role	房东	-
role	房客	-
key	法定代表人/负责人	legalRepresentative
key	法定代表/负责人	legalRepresentative
key	法定代表人（负责人）	legalRepresentative
key	法定代表人	legalRepresentative
key	法人或代理人	legalRepresentative
key	法人代表	legalRepresentative
key	负责人	legalRepresentative
key	委托代理人	agent
key	授权代表	agent
key	联系人	contact
key	联系人手机	phone
key	联系人电话	phone
key	项目联系人	contact
key	经办人	contact
key	单位地址	address
key	通讯地址	address
key	通信地址	address
key	联系地址	address
key	注册地址	address
key	办公地址	address
key	住所地	address
key	住所	address
key	地址	address
key	联系电话	phone
key	联系方式	phone
key	电话	phone
key	手机	phone
key	手机号码	phone
key	移动电话	phone
key	传真	fax
key	传真号码	fax
key	电子邮箱	email
key	电子信箱	email
key	电子邮件	email
key	邮箱	email
key	E-mail	email
key	Email	email
key	邮政编码	postalCode
key	邮编	postalCode
key	统一社会信用代码	creditCode
key	社会信用代码	creditCode
key	纳税人识别号	creditCode
key	税号	creditCode
key	营业执照号	registrationNumber
key	营业执照号码	registrationNumber
key	注册号	registrationNumber
key	身份证号	idNumber
key	身份证号码	idNumber
key	账户名称	accountName
key	户名	accountName
key	开户名称	accountName
key	账户名	accountName
key	账户号码	accountNumber
key	对公账号	accountNumber
key	收款账号	accountNumber
key	收款账户	accountNumber
key	银行账号	accountNumber
key	银行帐号	accountNumber
key	账号	accountNumber
key	帐号	accountNumber
key	开户银行	bank
key	开户行	bank
key	开户行及账号	bank
key	行号	bankCode
key	名称	name
signature	代表签字
signature	签字盖章
signature	签名盖章
signature	签字
signature	签名
signature	签章
signature	盖章
seal	（盖章）
seal	(盖章)
seal	（公章）
seal	(公章)
seal	（签章）
seal	(签章)
seal	（签字）
seal	(签字)
seal	（签名）
block	账户
block	开票
block	发票
block	联系方式
block	如致
block	致
block	收件
number	合同编号
number	协议编号
number	合同号
number	合同登记编号
number	编号
place	签订地点
place	签约地点
place	签署地点
place	合同签订地点
place	签订地址
place	合同签约地
place	签约地
place	签订地
law	适用
law	受
payment	预付款
payment	首付款
payment	首期款
payment	首款
payment	定金
payment	进度款
payment	中期款
payment	尾款
payment	余款
payment	质保金
payment	质量保证金
payment	第一期
payment	第二期
payment	第三期
payment	第四期
payment	第一笔
payment	第二笔
payment	第三笔
payment	一次性
payment	首付
pay	支付
pay	付款
pay	付清
pay	结清
pay	付至
pay	拨付
pay	汇入
pay	首付
pay	缴付
pay	缴纳
penalty	违约金
penalty	滞纳金
penalty	罚金
penalty	违约赔偿金
penalty	违约费用
cap	累计不超过
cap	最高不超过
cap	最高不得超过
cap	不超过
cap	不得超过
cap	上限为
cap	最高为
terminate	解除本合同
terminate	解除合同
terminate	解除本协议
terminate	解除协议
terminate	终止本合同
terminate	终止合同
terminate	终止本协议
terminate	解除劳动合同
terminate	单方解除
terminate	可以解除
terminate	解除乙方劳动合同
terminate	解除服务协议
terminate	取消本协议
terminate	取消本合同
terminate	终止合约
terminate	终止租赁合同
terminate	终止协议
terminate	合同解除
terminate	解除乙方合同
renew	续签
renew	续租
renew	续约
renew	续期
renew	续订
renew	续聘
renew	自动延期
renew	自动顺延
renew	自动续期
renew	自动续约
renew	优先承租权
renew	继续承租
renew	延长租赁期限
grant	有权
grant	可以
grant	可
grant	得以
grant	享有
grant	拥有
grant	协商
deny	不得
deny	无权
deny	不能
deny	不可
deny	不再
deny	不予
deny	不自动
deny	不应
warranty	质保期
warranty	保修期
warranty	质量保证期
warranty	质量保修期
warranty	保质期
warranty	质保期限
warranty	保修期限
warranty	联保
warranty	免费维护时间
warranty	免费维护期
warranty	维护期
delivery	交货期
delivery	交货期限
delivery	交付期限
delivery	交货时间
delivery	交付时间
delivery	供货期
delivery	供货期限
delivery	完成期限
delivery	交付期
secrecy	保密期限
secrecy	保密期
secrecy	保密义务
secrecy	保密责任
secrecy	保密条款
secrecy	保密信息
"""
