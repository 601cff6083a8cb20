/// The JSON Schema (draft 2020-12) of `ExtractionResult`, printed by `contract-extract schema`.
/// Every key of every record type is required (absent values are `null`, never left out) and
/// no other key is allowed; `SchemaDriftTests` fails when this and the Swift types disagree.
public enum RecordSchema {
    public static let json = #"""
{
  "$defs": {
    "Amount": {
      "additionalProperties": false,
      "properties": {
        "consistent": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "currency": {
          "type": "string"
        },
        "location": {
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
          "type": "string"
        },
        "uppercase": {
          "type": [
            "string",
            "null"
          ]
        },
        "value": {
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
      "properties": {
        "children": {
          "items": {
            "$ref": "#/$defs/Article"
          },
          "type": "array"
        },
        "heading": {
          "type": [
            "string",
            "null"
          ]
        },
        "label": {
          "type": "string"
        },
        "level": {
          "minimum": 1,
          "type": "integer"
        },
        "location": {
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
          "type": "integer"
        },
        "path": {
          "type": "string"
        },
        "text": {
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
      "properties": {
        "label": {
          "type": "string"
        },
        "location": {
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
          "type": "boolean"
        },
        "title": {
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
      "properties": {
        "accountName": {
          "type": [
            "string",
            "null"
          ]
        },
        "accountNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "bank": {
          "type": [
            "string",
            "null"
          ]
        },
        "bankCode": {
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
    "Contract": {
      "additionalProperties": false,
      "properties": {
        "amounts": {
          "items": {
            "$ref": "#/$defs/Amount"
          },
          "type": "array"
        },
        "articles": {
          "items": {
            "$ref": "#/$defs/Article"
          },
          "type": "array"
        },
        "attachments": {
          "items": {
            "$ref": "#/$defs/Attachment"
          },
          "type": "array"
        },
        "contractNumber": {
          "type": [
            "string",
            "null"
          ]
        },
        "copies": {
          "additionalProperties": false,
          "properties": {
            "perParty": {
              "additionalProperties": {
                "type": "integer"
              },
              "type": "object"
            },
            "total": {
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
          "properties": {
            "effective": {
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
        "disputeResolution": {
          "additionalProperties": false,
          "properties": {
            "method": {
              "enum": [
                "litigation",
                "arbitration",
                null
              ]
            },
            "venue": {
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
          "items": {
            "$ref": "#/$defs/Field"
          },
          "type": "array"
        },
        "kind": {
          "enum": [
            "contract",
            "supplement"
          ]
        },
        "location": {
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
          "items": {
            "$ref": "#/$defs/Party"
          },
          "type": "array"
        },
        "tables": {
          "items": {
            "$ref": "#/$defs/Table"
          },
          "type": "array"
        },
        "term": {
          "additionalProperties": false,
          "properties": {
            "autoRenewal": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "months": {
              "type": [
                "integer",
                "null"
              ]
            },
            "renewalMonths": {
              "type": [
                "integer",
                "null"
              ]
            },
            "text": {
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
        "title": {
          "type": [
            "string",
            "null"
          ]
        },
        "totalAmount": {
          "oneOf": [
            {
              "$ref": "#/$defs/Amount"
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
        "contractNumber",
        "copies",
        "dates",
        "disputeResolution",
        "fields",
        "kind",
        "location",
        "parties",
        "tables",
        "term",
        "title",
        "totalAmount"
      ],
      "type": "object"
    },
    "Diagnostic": {
      "additionalProperties": false,
      "properties": {
        "code": {
          "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
          "type": "string"
        },
        "location": {
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
          "type": "string"
        },
        "severity": {
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
      "properties": {
        "article": {
          "type": [
            "string",
            "null"
          ]
        },
        "blank": {
          "type": "boolean"
        },
        "checked": {
          "type": [
            "boolean",
            "null"
          ]
        },
        "label": {
          "type": [
            "string",
            "null"
          ]
        },
        "location": {
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
          "type": "boolean"
        },
        "style": {
          "enum": [
            "bracket",
            "underline",
            "checkbox"
          ]
        },
        "value": {
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
      "properties": {
        "bbox": {
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
        "end": {
          "minimum": 0,
          "type": "integer"
        },
        "page": {
          "minimum": 1,
          "type": [
            "integer",
            "null"
          ]
        },
        "start": {
          "minimum": 0,
          "type": "integer"
        }
      },
      "required": [
        "bbox",
        "end",
        "page",
        "start"
      ],
      "type": "object"
    },
    "Page": {
      "additionalProperties": false,
      "properties": {
        "height": {
          "type": "number"
        },
        "number": {
          "minimum": 1,
          "type": "integer"
        },
        "textLayer": {
          "enum": [
            "native",
            "ocr"
          ]
        },
        "width": {
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
      "properties": {
        "kind": {
          "enum": [
            "header",
            "footer",
            "pageNumber"
          ]
        },
        "page": {
          "minimum": 1,
          "type": "integer"
        },
        "text": {
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
      "properties": {
        "address": {
          "type": [
            "string",
            "null"
          ]
        },
        "bankAccounts": {
          "items": {
            "$ref": "#/$defs/BankAccount"
          },
          "type": "array"
        },
        "contact": {
          "type": [
            "string",
            "null"
          ]
        },
        "creditCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "email": {
          "type": [
            "string",
            "null"
          ]
        },
        "fax": {
          "type": [
            "string",
            "null"
          ]
        },
        "legalRepresentative": {
          "type": [
            "string",
            "null"
          ]
        },
        "location": {
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
          "type": [
            "string",
            "null"
          ]
        },
        "phone": {
          "type": [
            "string",
            "null"
          ]
        },
        "postalCode": {
          "type": [
            "string",
            "null"
          ]
        },
        "role": {
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
    "Source": {
      "additionalProperties": false,
      "properties": {
        "encoding": {
          "type": [
            "string",
            "null"
          ]
        },
        "fileName": {
          "type": "string"
        },
        "fileNameBytes": {
          "pattern": "^([0-9a-f]{2})+$",
          "type": "string"
        },
        "format": {
          "enum": [
            "pdf",
            "text"
          ]
        },
        "pageCount": {
          "type": [
            "integer",
            "null"
          ]
        },
        "pageFurniture": {
          "items": {
            "$ref": "#/$defs/PageFurniture"
          },
          "type": "array"
        },
        "pages": {
          "items": {
            "$ref": "#/$defs/Page"
          },
          "type": "array"
        },
        "sha256": {
          "pattern": "^[0-9a-f]{64}$",
          "type": "string"
        },
        "textLayer": {
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
      "properties": {
        "location": {
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
    }
  },
  "$id": "https://contract-extract.invalid/schema/extraction-result-1.json",
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "additionalProperties": false,
  "description": "One input file's record (schema version 1): see spec/record.md.",
  "properties": {
    "contracts": {
      "items": {
        "$ref": "#/$defs/Contract"
      },
      "type": "array"
    },
    "diagnostics": {
      "items": {
        "$ref": "#/$defs/Diagnostic"
      },
      "type": "array"
    },
    "schemaVersion": {
      "const": "1"
    },
    "source": {
      "$ref": "#/$defs/Source"
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
