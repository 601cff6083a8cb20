/// The JSON Schema (draft 2020-12) of `ExtractionResult`, printed by `contract-extract schema`.
/// Every key of every record type is required (absent values are `null`, never left out) and
/// no other key is allowed; `SchemaDriftTests` fails when this and the Swift types disagree.
public enum RecordSchema {
    public static let json = #"""
{
  "$defs": {
    "Amount": {
      "additionalProperties": false,
      "description": "A money amount, with its 大写 form where one is stated.",
      "properties": {
        "consistent": {
          "description": "true when the 大写 form and the figures state the same amount, false when they differ (an amount-mismatch diagnostic is then reported), null when there is only one form to compare.",
          "type": [
            "boolean",
            "null"
          ]
        },
        "currency": {
          "description": "ISO 4217 currency code; always \"CNY\" in schema version 1.",
          "type": "string"
        },
        "location": {
          "description": "Span of the amount as written (both forms when stated together).",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "text": {
          "description": "The amount as written, both forms when 大写 and figures are stated together.",
          "type": "string"
        },
        "uppercase": {
          "description": "The 大写 form (肆拾捌万贰仟壹佰玖拾元整) where stated next to the figures, or when the amount is only written in 大写; null otherwise.",
          "type": [
            "string",
            "null"
          ]
        },
        "value": {
          "description": "The amount in yuan as a decimal string with exactly two places (48.219万元 → \"482190.00\"); never a float. When 大写 and figures are both stated, the figures' value.",
          "pattern": "^-?[0-9]+\\.[0-9]{2}$",
          "type": "string"
        }
      },
      "required": [
        "consistent",
        "currency",
        "location",
        "text",
        "uppercase",
        "value"
      ],
      "type": "object"
    },
    "Article": {
      "additionalProperties": false,
      "description": "A numbered article or sub-item with its children.",
      "properties": {
        "children": {
          "description": "Sub-items nested under this article, in order.",
          "items": {
            "$ref": "#/$defs/Article"
          },
          "type": "array"
        },
        "heading": {
          "description": "Short heading after the label (付款条款); null when the label is followed by running text.",
          "type": [
            "string",
            "null"
          ]
        },
        "label": {
          "description": "The numbering label as written: 第七条, 一、, （二）, 7.1, (1).",
          "type": "string"
        },
        "level": {
          "description": "Depth in the article tree; 1 is the top level.",
          "minimum": 1,
          "type": "integer"
        },
        "location": {
          "description": "Span from the article's label line to its last line, children included.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "number": {
          "description": "The label's ordinal (第十四条 → 14, （二） → 2, 7.1 → 1).",
          "type": "integer"
        },
        "path": {
          "description": "Path of labels from the top level, unique within the contract: \"7.1\" for decimal labels, otherwise labels joined by / (\"三/（二）/1\").",
          "type": "string"
        },
        "text": {
          "description": "The article's own text, without its children's; lines joined by newlines.",
          "type": "string"
        }
      },
      "required": [
        "children",
        "heading",
        "label",
        "level",
        "location",
        "number",
        "path",
        "text"
      ],
      "type": "object"
    },
    "Attachment": {
      "additionalProperties": false,
      "description": "An attachment listed or contained in the agreement.",
      "properties": {
        "label": {
          "description": "The attachment's label as written: 附件一, 附件2.",
          "type": "string"
        },
        "location": {
          "description": "The attachment's own first line when present, otherwise the line that lists it.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "present": {
          "description": "true when the file contains the attachment itself, false when it is only listed.",
          "type": "boolean"
        },
        "title": {
          "description": "Its title (信息安全责任承诺书); null when none is given.",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "label",
        "location",
        "present",
        "title"
      ],
      "type": "object"
    },
    "BankAccount": {
      "additionalProperties": false,
      "description": "A bank account of a party.",
      "properties": {
        "accountName": {
          "description": "Account holder (户名 / 账户名称); null when not stated.",
          "type": [
            "string",
            "null"
          ]
        },
        "accountNumber": {
          "description": "Account number (账号 / 账户号码), spaces removed; null when not stated.",
          "type": [
            "string",
            "null"
          ]
        },
        "bank": {
          "description": "Bank and branch (开户行 / 开户银行); null when not stated.",
          "type": [
            "string",
            "null"
          ]
        },
        "bankCode": {
          "description": "Bank code (行号); null when not stated.",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "accountName",
        "accountNumber",
        "bank",
        "bankCode"
      ],
      "type": "object"
    },
    "BankAccountProvenance": {
      "additionalProperties": false,
      "description": "Where each field of one bank account was read.",
      "properties": {
        "accountName": {
          "description": "Span of the account's accountName as written; null when it is null.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "accountNumber": {
          "description": "Span of the account's accountNumber as written; null when it is null.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "bank": {
          "description": "Span of the account's bank as written; null when it is null.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "bankCode": {
          "description": "Span of the account's bankCode as written; null when it is null.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        }
      },
      "required": [
        "accountName",
        "accountNumber",
        "bank",
        "bankCode"
      ],
      "type": "object"
    },
    "Condition": {
      "additionalProperties": false,
      "description": "A right to terminate or to renew the contract that the contract grants or denies.",
      "properties": {
        "location": {
          "description": "Span of the sentence.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "party": {
          "description": "The party the right concerns, as written (甲方, 乙方, 任何一方, 双方); null when the sentence names none.",
          "type": [
            "string",
            "null"
          ]
        },
        "permitted": {
          "description": "true when the sentence grants the right (有权解除, 可以续签), false when it denies it (不得解除, 不再续签, 不自动续期).",
          "type": "boolean"
        },
        "text": {
          "description": "The sentence, as written.",
          "type": "string"
        }
      },
      "required": [
        "location",
        "party",
        "permitted",
        "text"
      ],
      "type": "object"
    },
    "Contract": {
      "additionalProperties": false,
      "description": "One agreement in the file. Values the document does not state are null, lists empty.",
      "properties": {
        "amounts": {
          "description": "Every money amount stated in the agreement, in document order.",
          "items": {
            "$ref": "#/$defs/Amount"
          },
          "type": "array"
        },
        "articles": {
          "description": "Top-level numbered articles (第一条, 一、 …) in order, each with its sub-items.",
          "items": {
            "$ref": "#/$defs/Article"
          },
          "type": "array"
        },
        "attachments": {
          "description": "Attachments (附件一 …) the agreement lists or contains, in order.",
          "items": {
            "$ref": "#/$defs/Attachment"
          },
          "type": "array"
        },
        "confidentiality": {
          "description": "How long confidentiality lasts (保密期限); null when not stated.",
          "oneOf": [
            {
              "$ref": "#/$defs/Period"
            },
            {
              "type": "null"
            }
          ]
        },
        "contractNumber": {
          "description": "Value of 合同编号 / 协议编号 / 编号, brackets removed, identifier characters normalized; null when not stated.",
          "type": [
            "string",
            "null"
          ]
        },
        "copies": {
          "additionalProperties": false,
          "description": "How many originals are made and how many each party keeps.",
          "properties": {
            "perParty": {
              "additionalProperties": {
                "type": "integer"
              },
              "description": "Copies each party keeps, by role as written ({\"甲方\": 2, \"乙方\": 2}); keys sorted; empty when not stated.",
              "type": "object"
            },
            "total": {
              "description": "Number of originals (一式【肆】份 → 4); null when not stated.",
              "type": [
                "integer",
                "null"
              ]
            }
          },
          "required": [
            "perParty",
            "total"
          ],
          "type": "object"
        },
        "dates": {
          "additionalProperties": false,
          "description": "Signing, effective and expiry dates as ISO yyyy-MM-dd strings.",
          "properties": {
            "effective": {
              "description": "Date the agreement takes effect (…起生效; the signing date when it takes effect on signature), yyyy-MM-dd; null when not stated.",
              "oneOf": [
                {
                  "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                  "type": "string"
                },
                {
                  "type": "null"
                }
              ]
            },
            "expires": {
              "description": "Last day of the term (至2025年07月31日), yyyy-MM-dd; null when the term names no end date.",
              "oneOf": [
                {
                  "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                  "type": "string"
                },
                {
                  "type": "null"
                }
              ]
            },
            "signed": {
              "description": "Date of signing (签订日期 / 签署日期; the latest one when parties sign on different days), yyyy-MM-dd; null when not stated.",
              "oneOf": [
                {
                  "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                  "type": "string"
                },
                {
                  "type": "null"
                }
              ]
            }
          },
          "required": [
            "effective",
            "expires",
            "signed"
          ],
          "type": "object"
        },
        "deliveryPeriod": {
          "description": "The delivery or completion period (交货期, 交付期限); null when not stated.",
          "oneOf": [
            {
              "$ref": "#/$defs/Period"
            },
            {
              "type": "null"
            }
          ]
        },
        "disputeResolution": {
          "additionalProperties": false,
          "description": "How disputes are settled: litigation or arbitration, and where.",
          "properties": {
            "method": {
              "description": "\"litigation\" or \"arbitration\"; where the contract offers options, the chosen one; null when none is stated or chosen.",
              "enum": [
                "litigation",
                "arbitration",
                null
              ]
            },
            "venue": {
              "description": "The court or arbitration commission named (乙方所在地有管辖权的人民法院, 吉林仲裁委员会); null when none is named.",
              "type": [
                "string",
                "null"
              ]
            }
          },
          "required": [
            "method",
            "venue"
          ],
          "type": "object"
        },
        "fields": {
          "description": "Every fill-in field (【…】 brackets, ____ blanks, □/☑ checkboxes) in document order.",
          "items": {
            "$ref": "#/$defs/Field"
          },
          "type": "array"
        },
        "governingLaw": {
          "description": "The law the contract says governs it (适用中华人民共和国法律 → 中华人民共和国法律), as written; null when no clause says so.",
          "type": [
            "string",
            "null"
          ]
        },
        "kind": {
          "description": "\"supplement\" when the title names a 补充协议 / 补充合同 / 变更协议 / 补充条款, otherwise \"contract\".",
          "enum": [
            "contract",
            "supplement"
          ]
        },
        "location": {
          "description": "Span of the whole agreement, from its first line to its last.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "parties": {
          "description": "The parties (甲方, 乙方 …) in document order, each merged from every place it is described.",
          "items": {
            "$ref": "#/$defs/Party"
          },
          "type": "array"
        },
        "payments": {
          "description": "The payment schedule's instalments in the order written; empty when the contract states none.",
          "items": {
            "$ref": "#/$defs/Payment"
          },
          "type": "array"
        },
        "penalties": {
          "description": "Penalties (违约金, 滞纳金) the contract states, in the order written.",
          "items": {
            "$ref": "#/$defs/Penalty"
          },
          "type": "array"
        },
        "placeOfSigning": {
          "description": "Where the contract was signed (签订地点：厦门, 于北京市海淀区签订), as written; null when not stated or left blank.",
          "type": [
            "string",
            "null"
          ]
        },
        "provenance": {
          "description": "Where each single value of the agreement (title, contractNumber, dates, term, disputeResolution, copies, every party attribute and account field) was read (schema version 3).",
          "oneOf": [
            {
              "$ref": "#/$defs/Provenance"
            },
            {
              "type": "null"
            }
          ]
        },
        "renewal": {
          "description": "Sentences granting or denying renewal (续签, 续租, 续约), including 不再续签.",
          "items": {
            "$ref": "#/$defs/Condition"
          },
          "type": "array"
        },
        "tables": {
          "description": "Tables in the agreement, in document order.",
          "items": {
            "$ref": "#/$defs/Table"
          },
          "type": "array"
        },
        "term": {
          "additionalProperties": false,
          "description": "The contract's duration as written and in months, and its renewal.",
          "properties": {
            "autoRenewal": {
              "description": "true when the agreement renews by itself (自动顺延, 自动延期一年); null when nothing is said.",
              "type": [
                "boolean",
                "null"
              ]
            },
            "months": {
              "description": "The term in months (三年 → 36; 2017年9月21日至2018年6月20日 → 9); null when neither a duration nor a whole-month date range is stated.",
              "type": [
                "integer",
                "null"
              ]
            },
            "renewalMonths": {
              "description": "Length of each automatic renewal in months (自动延期一年 → 12); null when not stated.",
              "type": [
                "integer",
                "null"
              ]
            },
            "text": {
              "description": "The term as written (三年, 自双方签字盖章之日起至2025年07月31日); null when not stated.",
              "type": [
                "string",
                "null"
              ]
            }
          },
          "required": [
            "autoRenewal",
            "months",
            "renewalMonths",
            "text"
          ],
          "type": "object"
        },
        "termination": {
          "description": "Sentences granting or denying a party the right to terminate (解除) the contract.",
          "items": {
            "$ref": "#/$defs/Condition"
          },
          "type": "array"
        },
        "title": {
          "description": "The agreement's title as written (物联卡业务协议); null when none is recognised.",
          "type": [
            "string",
            "null"
          ]
        },
        "totalAmount": {
          "description": "The total price: the amount on a 总价 / 合计 / 合同金额 … line, preferring one stated in both 大写 and figures; null when none is stated.",
          "oneOf": [
            {
              "$ref": "#/$defs/Amount"
            },
            {
              "type": "null"
            }
          ]
        },
        "warrantyPeriod": {
          "description": "The warranty period (质保期, 保修期, 质量保证期); null when not stated.",
          "oneOf": [
            {
              "$ref": "#/$defs/Period"
            },
            {
              "type": "null"
            }
          ]
        }
      },
      "required": [
        "amounts",
        "articles",
        "attachments",
        "confidentiality",
        "contractNumber",
        "copies",
        "dates",
        "deliveryPeriod",
        "disputeResolution",
        "fields",
        "governingLaw",
        "kind",
        "location",
        "parties",
        "payments",
        "penalties",
        "placeOfSigning",
        "provenance",
        "renewal",
        "tables",
        "term",
        "termination",
        "title",
        "totalAmount",
        "warrantyPeriod"
      ],
      "type": "object"
    },
    "Diagnostic": {
      "additionalProperties": false,
      "description": "Something the extraction noticed and could not resolve.",
      "properties": {
        "code": {
          "description": "Stable kebab-case code (numbering-gap, amount-mismatch …) that scripts may match on; see docs/record.md for the list.",
          "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
          "type": "string"
        },
        "location": {
          "description": "Where the problem is; null when it concerns the file or the agreement as a whole.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "message": {
          "description": "One sentence for a person, saying what and where; its wording may change between releases.",
          "type": "string"
        },
        "severity": {
          "description": "\"error\" when the record is unusable as it stands (no page has text), otherwise \"warning\".",
          "enum": [
            "warning",
            "error"
          ]
        }
      },
      "required": [
        "code",
        "location",
        "message",
        "severity"
      ],
      "type": "object"
    },
    "Field": {
      "additionalProperties": false,
      "description": "A fill-in field: a 【…】 bracket, a run of underscores, or a checkbox option.",
      "properties": {
        "article": {
          "description": "path of the innermost article the field is in (\"7.1\", \"三/（二）\"); null outside articles.",
          "type": [
            "string",
            "null"
          ]
        },
        "blank": {
          "description": "true when nothing is filled in (【】, 【 】, 【/】, ____).",
          "type": "boolean"
        },
        "checked": {
          "description": "For a checkbox: true when ticked (☑ ☒ ■ √), false when empty (□); null for other styles.",
          "type": [
            "boolean",
            "null"
          ]
        },
        "label": {
          "description": "The words just before the field (付费方式为, 法定代表人); null when there are none.",
          "type": [
            "string",
            "null"
          ]
        },
        "location": {
          "description": "Span of the field, brackets or checkbox included.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "marker": {
          "description": "true for a section marker in brackets such as 【签署页】 or 【签字页】, not a value.",
          "type": "boolean"
        },
        "style": {
          "description": "\"bracket\" (【…】), \"underline\" (a run of ___) or \"checkbox\" (□ / ☑ option).",
          "enum": [
            "bracket",
            "underline",
            "checkbox"
          ]
        },
        "value": {
          "description": "Text filled in, trimmed (identifier-like values NFKC-normalized, spaces removed), or a checkbox's option text; null when blank.",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "article",
        "blank",
        "checked",
        "label",
        "location",
        "marker",
        "style",
        "value"
      ],
      "type": "object"
    },
    "Location": {
      "additionalProperties": false,
      "description": "Where a value comes from: a half-open span of code points in the normalized text, with page and box for PDF input, paragraph and table cell for DOCX and HTML input.",
      "properties": {
        "bbox": {
          "description": "[x0, y0, x1, y1] in PDF points (1/72 inch), origin at the page's top-left corner, y growing downwards, rounded to 0.01; covers the span on its first page; null for text, DOCX and HTML input.",
          "oneOf": [
            {
              "items": {
                "type": "number"
              },
              "maxItems": 4,
              "minItems": 4,
              "type": "array"
            },
            {
              "type": "null"
            }
          ]
        },
        "cell": {
          "description": "DOCX and HTML input (schema version 2): the table cell the span's paragraph sits in; null outside tables and for PDF and text input.",
          "oneOf": [
            {
              "$ref": "#/$defs/TableCellPosition"
            },
            {
              "type": "null"
            }
          ]
        },
        "end": {
          "description": "End of the span, exclusive: offset of the first code point after it.",
          "minimum": 0,
          "type": "integer"
        },
        "page": {
          "description": "PDF page the span starts on, 1-based; null for text, DOCX and HTML input (they have no pages).",
          "minimum": 1,
          "type": [
            "integer",
            "null"
          ]
        },
        "paragraph": {
          "description": "DOCX and HTML input (schema version 2): the paragraph the span starts in, 1-based in document order, counting body, table-cell and text-box paragraphs (HTML: blocks); null for PDF and text input.",
          "minimum": 1,
          "type": [
            "integer",
            "null"
          ]
        },
        "start": {
          "description": "First code point of the span: a 0-based offset in Unicode code points into the normalized text that `contract-extract text FILE` prints.",
          "minimum": 0,
          "type": "integer"
        }
      },
      "required": [
        "bbox",
        "cell",
        "end",
        "page",
        "paragraph",
        "start"
      ],
      "type": "object"
    },
    "Page": {
      "additionalProperties": false,
      "description": "One PDF page.",
      "properties": {
        "height": {
          "description": "Page height in PDF points (1/72 inch), rounded to 0.01.",
          "type": "number"
        },
        "number": {
          "description": "Page number, 1-based.",
          "minimum": 1,
          "type": "integer"
        },
        "textLayer": {
          "description": "Where this page's text came from: \"native\" or \"ocr\".",
          "enum": [
            "native",
            "ocr"
          ]
        },
        "width": {
          "description": "Page width in PDF points (1/72 inch), rounded to 0.01.",
          "type": "number"
        }
      },
      "required": [
        "height",
        "number",
        "textLayer",
        "width"
      ],
      "type": "object"
    },
    "PageFurniture": {
      "additionalProperties": false,
      "description": "A running header, footer or page number taken out of the text.",
      "properties": {
        "kind": {
          "description": "\"header\", \"footer\" or \"pageNumber\".",
          "enum": [
            "header",
            "footer",
            "pageNumber"
          ]
        },
        "page": {
          "description": "Page it was on, 1-based; for text input a form feed or a run of two or more blank lines starts a new page.",
          "minimum": 1,
          "type": "integer"
        },
        "text": {
          "description": "The line as printed.",
          "type": "string"
        }
      },
      "required": [
        "kind",
        "page",
        "text"
      ],
      "type": "object"
    },
    "Party": {
      "additionalProperties": false,
      "description": "One party, merged from every place the agreement describes it. Values not stated (or left blank, or /) are null.",
      "properties": {
        "address": {
          "description": "Address (地址 / 住所 / 通讯地址 …); null when not stated.",
          "type": [
            "string",
            "null"
          ]
        },
        "bankAccounts": {
          "description": "Bank accounts stated for this party, in document order; empty when none.",
          "items": {
            "$ref": "#/$defs/BankAccount"
          },
          "type": "array"
        },
        "contact": {
          "description": "Contact person (联系人 / 经办人); null when not stated.",
          "type": [
            "string",
            "null"
          ]
        },
        "creditCode": {
          "description": "统一社会信用代码 or 纳税人识别号; null when not stated.",
          "type": [
            "string",
            "null"
          ]
        },
        "email": {
          "description": "E-mail address (邮箱 / 电子邮箱); null when not stated.",
          "type": [
            "string",
            "null"
          ]
        },
        "fax": {
          "description": "Fax number (传真); null when not stated.",
          "type": [
            "string",
            "null"
          ]
        },
        "legalRepresentative": {
          "description": "Legal representative (法定代表人 / 负责人); null when not stated.",
          "type": [
            "string",
            "null"
          ]
        },
        "location": {
          "description": "The line where the party is first named.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "name": {
          "description": "Name of the party (company or person); null when not stated or left blank.",
          "type": [
            "string",
            "null"
          ]
        },
        "phone": {
          "description": "Phone number(s) as written (电话 / 联系电话 / 手机); null when not stated.",
          "type": [
            "string",
            "null"
          ]
        },
        "postalCode": {
          "description": "Postal code (邮编 / 邮政编码); null when not stated.",
          "type": [
            "string",
            "null"
          ]
        },
        "role": {
          "description": "The party's label as written: 甲方, 乙方, 丙方, 出租方, 买方, 委托人 …",
          "type": "string"
        }
      },
      "required": [
        "address",
        "bankAccounts",
        "contact",
        "creditCode",
        "email",
        "fax",
        "legalRepresentative",
        "location",
        "name",
        "phone",
        "postalCode",
        "role"
      ],
      "type": "object"
    },
    "PartyProvenance": {
      "additionalProperties": false,
      "description": "Where each attribute of one party was read.",
      "properties": {
        "address": {
          "description": "Span of the party's address where it was read (its own key：value, not the party's header line); null when it is null.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "bankAccounts": {
          "description": "One entry per bank account, in the order of the party's bankAccounts.",
          "items": {
            "$ref": "#/$defs/BankAccountProvenance"
          },
          "type": "array"
        },
        "contact": {
          "description": "Span of the party's contact where it was read (its own key：value, not the party's header line); null when it is null.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "creditCode": {
          "description": "Span of the party's creditCode where it was read (its own key：value, not the party's header line); null when it is null.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "email": {
          "description": "Span of the party's email where it was read (its own key：value, not the party's header line); null when it is null.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "fax": {
          "description": "Span of the party's fax where it was read (its own key：value, not the party's header line); null when it is null.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "legalRepresentative": {
          "description": "Span of the party's legalRepresentative where it was read (its own key：value, not the party's header line); null when it is null.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "name": {
          "description": "Span of the party's name where it was read (its own key：value, not the party's header line); null when it is null.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "phone": {
          "description": "Span of the party's phone where it was read (its own key：value, not the party's header line); null when it is null.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "postalCode": {
          "description": "Span of the party's postalCode where it was read (its own key：value, not the party's header line); null when it is null.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        }
      },
      "required": [
        "address",
        "bankAccounts",
        "contact",
        "creditCode",
        "email",
        "fax",
        "legalRepresentative",
        "name",
        "phone",
        "postalCode"
      ],
      "type": "object"
    },
    "Payment": {
      "additionalProperties": false,
      "description": "One instalment of the payment schedule (首付款, 进度款, 尾款, 质保金 …).",
      "properties": {
        "amount": {
          "description": "The instalment's amount when stated as money (its 大写 checked like every amount).",
          "oneOf": [
            {
              "$ref": "#/$defs/Amount"
            },
            {
              "type": "null"
            }
          ]
        },
        "date": {
          "description": "The calendar date it is due, yyyy-MM-dd; null when not stated.",
          "oneOf": [
            {
              "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
              "type": "string"
            },
            {
              "type": "null"
            }
          ]
        },
        "location": {
          "description": "Span of that sentence.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "percent": {
          "description": "The instalment's share of the total, digits only (30% → \"30\"); null when stated as money only.",
          "oneOf": [
            {
              "pattern": "^[0-9]+(\\.[0-9]+)?$",
              "type": "string"
            },
            {
              "type": "null"
            }
          ]
        },
        "text": {
          "description": "The sentence the instalment was read from.",
          "type": "string"
        },
        "trigger": {
          "description": "The event that makes it due, as written (合同签订后7日内, 验收合格后); null when not stated or a date is given.",
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "amount",
        "date",
        "location",
        "percent",
        "text",
        "trigger"
      ],
      "type": "object"
    },
    "Penalty": {
      "additionalProperties": false,
      "description": "A stated penalty (违约金, 滞纳金): a rate or a fixed amount, the base it applies to and a cap.",
      "properties": {
        "amount": {
          "description": "A fixed penalty amount; null when it is a rate.",
          "oneOf": [
            {
              "$ref": "#/$defs/Amount"
            },
            {
              "type": "null"
            }
          ]
        },
        "base": {
          "description": "What the rate applies to, as written (合同总价款, 逾期付款部分); null when not stated.",
          "type": [
            "string",
            "null"
          ]
        },
        "cap": {
          "description": "The stated cap, as written (合同总价款的10%, 5000元); null when none is stated.",
          "type": [
            "string",
            "null"
          ]
        },
        "location": {
          "description": "Span of that sentence.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "payer": {
          "description": "Who pays, as the sentence names them (甲方, 乙方, 违约方); null when it names none.",
          "type": [
            "string",
            "null"
          ]
        },
        "per": {
          "description": "How the rate accrues: \"day\" (每日, 每天, 按日) or \"month\"; null for a one-off rate or an amount.",
          "enum": [
            "day",
            "month",
            null
          ]
        },
        "rate": {
          "description": "The rate as a percentage string (每日万分之五 → \"0.05%\", 合同总价的20% → \"20%\"); null for a fixed amount.",
          "type": [
            "string",
            "null"
          ]
        },
        "text": {
          "description": "The sentence the penalty was read from.",
          "type": "string"
        }
      },
      "required": [
        "amount",
        "base",
        "cap",
        "location",
        "payer",
        "per",
        "rate",
        "text"
      ],
      "type": "object"
    },
    "Period": {
      "additionalProperties": false,
      "description": "A length of time a clause states (warranty, delivery, confidentiality), as written and, where the wording is a plain count, in months or days.",
      "properties": {
        "days": {
          "description": "The period in days when written in 日 or 天 (工作日 included, as written in text); null otherwise.",
          "type": [
            "integer",
            "null"
          ]
        },
        "location": {
          "description": "Span of the period as written.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "months": {
          "description": "The period in months when written in 月 or 年 (1年 → 12); null otherwise.",
          "type": [
            "integer",
            "null"
          ]
        },
        "text": {
          "description": "The period as written, fill-in brackets removed (十二个月, 合同终止后两年, 永久).",
          "type": "string"
        }
      },
      "required": [
        "days",
        "location",
        "months",
        "text"
      ],
      "type": "object"
    },
    "Provenance": {
      "additionalProperties": false,
      "description": "Where each single value of an agreement was read: provenance.title is the span of title, provenance.parties[i].phone the span of parties[i].phone. A location is null exactly when its value is null, except a contract number read from page furniture.",
      "properties": {
        "contractNumber": {
          "description": "Span of the contract number as written; null when it is null or was read from page furniture (a running header is not part of the normalized text).",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "copies": {
          "description": "Span of the 一式N份 sentence (copies.total and copies.perParty).",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "disputeMethod": {
          "description": "Span of the sentence or chosen option that gave disputeResolution.method.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "disputeVenue": {
          "description": "Span of disputeResolution.venue as written.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "effective": {
          "description": "Span of the date, or of the 之日起生效 sentence, that gave dates.effective.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "expires": {
          "description": "Span of the term whose end gave dates.expires.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "governingLaw": {
          "description": "Span of governingLaw as written.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "parties": {
          "description": "One entry per party, in the order of parties.",
          "items": {
            "$ref": "#/$defs/PartyProvenance"
          },
          "type": "array"
        },
        "placeOfSigning": {
          "description": "Span of placeOfSigning as written.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "renewal": {
          "description": "Span of the automatic-renewal sentence (term.autoRenewal, term.renewalMonths).",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "signed": {
          "description": "Span of the date that gave dates.signed.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "term": {
          "description": "Span of the term as written (term.text; term.months is read from it).",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "title": {
          "description": "Span of the title line; null when title is null.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        }
      },
      "required": [
        "contractNumber",
        "copies",
        "disputeMethod",
        "disputeVenue",
        "effective",
        "expires",
        "governingLaw",
        "parties",
        "placeOfSigning",
        "renewal",
        "signed",
        "term",
        "title"
      ],
      "type": "object"
    },
    "Source": {
      "additionalProperties": false,
      "description": "The input file and how its text was read.",
      "properties": {
        "encoding": {
          "description": "Character set a text input was decoded from (\"UTF-8\", \"GB18030\", \"UTF-16LE\" …); null for PDF input.",
          "type": [
            "string",
            "null"
          ]
        },
        "fileName": {
          "description": "Base name of the input file, never a path; \"stdin\" when read from standard input.",
          "type": "string"
        },
        "fileNameBytes": {
          "description": "The base name's exact bytes in lowercase hex; present only when the name is not valid UTF-8 (a GBK name from a Windows archive), fileName then shows those bytes as \\xNN.",
          "pattern": "^([0-9a-f]{2})+$",
          "type": "string"
        },
        "format": {
          "description": "How the input was read: \"pdf\" (by content, %PDF- near the start), \"docx\" (a Word ZIP package), \"html\" (markup), \"text\", or a page image read by OCR: \"jpeg\", \"png\", \"tiff\".",
          "enum": [
            "pdf",
            "docx",
            "html",
            "text",
            "jpeg",
            "png",
            "tiff"
          ]
        },
        "pageCount": {
          "description": "Number of PDF pages; null for text, DOCX and HTML input.",
          "type": [
            "integer",
            "null"
          ]
        },
        "pageFurniture": {
          "description": "Running headers, footers and page numbers removed from the normalized text, kept here in page order; for DOCX the text of each header and footer part, once, with page 1.",
          "items": {
            "$ref": "#/$defs/PageFurniture"
          },
          "type": "array"
        },
        "pages": {
          "description": "The PDF's pages in order; empty for text input.",
          "items": {
            "$ref": "#/$defs/Page"
          },
          "type": "array"
        },
        "sha256": {
          "description": "SHA-256 of the input bytes, 64 lower-case hex digits.",
          "pattern": "^[0-9a-f]{64}$",
          "type": "string"
        },
        "textLayer": {
          "description": "Where a PDF's text came from: \"native\" (its text layer), \"ocr\" (every page OCR'd), \"mixed\"; null for text input.",
          "enum": [
            "native",
            "ocr",
            "mixed",
            null
          ]
        }
      },
      "required": [
        "encoding",
        "fileName",
        "format",
        "pageCount",
        "pageFurniture",
        "pages",
        "sha256",
        "textLayer"
      ],
      "type": "object"
    },
    "Table": {
      "additionalProperties": false,
      "description": "A table as rows of trimmed cells.",
      "properties": {
        "location": {
          "description": "Span from the table's first row to its last.",
          "oneOf": [
            {
              "$ref": "#/$defs/Location"
            },
            {
              "type": "null"
            }
          ]
        },
        "rows": {
          "description": "Rows of cells, cells trimmed, markdown separator rows (|---|) dropped.",
          "items": {
            "items": {
              "type": "string"
            },
            "type": "array"
          },
          "type": "array"
        }
      },
      "required": [
        "location",
        "rows"
      ],
      "type": "object"
    },
    "TableCellPosition": {
      "additionalProperties": false,
      "description": "A DOCX or HTML table cell: which table, row and grid column, all 1-based.",
      "properties": {
        "column": {
          "description": "Grid column the cell starts in, 1-based; a cell spanning columns counts at its first.",
          "minimum": 1,
          "type": "integer"
        },
        "row": {
          "description": "Row in its table, 1-based.",
          "minimum": 1,
          "type": "integer"
        },
        "table": {
          "description": "Table in document order, 1-based, nested tables included.",
          "minimum": 1,
          "type": "integer"
        }
      },
      "required": [
        "column",
        "row",
        "table"
      ],
      "type": "object"
    }
  },
  "$id": "https://contract-extract.invalid/schema/extraction-result-4.json",
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "additionalProperties": false,
  "description": "One input file's record (schema version 1). User reference: docs/record.md.",
  "properties": {
    "contracts": {
      "description": "Every agreement found in the file, in document order (main contract, supplementary agreements, appended contracts). Empty when none is recognised.",
      "items": {
        "$ref": "#/$defs/Contract"
      },
      "type": "array"
    },
    "diagnostics": {
      "description": "What the extraction noticed and could not resolve (numbering gaps, 大写 mismatches, invalid credit codes …), in the order found; empty when there is nothing to report.",
      "items": {
        "$ref": "#/$defs/Diagnostic"
      },
      "type": "array"
    },
    "schemaVersion": {
      "const": "4",
      "description": "Version of this record format; \"4\". Version 2 added location.paragraph, location.cell and the formats \"docx\" and \"html\"; version 3 added contracts[].provenance; version 4 added placeOfSigning, governingLaw, payments, penalties, termination, renewal, warrantyPeriod, deliveryPeriod and confidentiality to each contract, and provenance.placeOfSigning and provenance.governingLaw; it changes when a member is added, renamed, removed or changes meaning."
    },
    "source": {
      "$ref": "#/$defs/Source",
      "description": "The input file: name, digest, format, pages and the page furniture taken out of the text."
    }
  },
  "required": [
    "contracts",
    "diagnostics",
    "schemaVersion",
    "source"
  ],
  "title": "contract-extract extraction result",
  "type": "object"
}
"""#
}
