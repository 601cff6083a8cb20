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
key	银行账号	accountNumber
key	银行帐号	accountNumber
key	账号	accountNumber
key	帐号	accountNumber
key	开户银行	bank
key	开户行	bank
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
block	如致
block	致
block	收件
number	合同编号
number	协议编号
number	合同号
number	合同登记编号
number	编号
"""
