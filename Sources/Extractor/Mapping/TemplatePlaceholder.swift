/// A template's placeholder where a value would go — `{{甲方联系电话}}`, `##{合同编号-1}`,
/// `${supplierName}` — is no value: the document is an unfilled form.
enum TemplatePlaceholder {
    static func contains(_ value: String) -> Bool {
        value.includes("{{") || value.includes("#{") || value.includes("${")
    }
}
