import Foundation

/// The list definitions of `word/numbering.xml`: abstract lists with up to nine levels (start,
/// format, text such as `第%1条`, suffix, restart rule), and the list instances (`w:num`) that
/// point to them with their level overrides (`w:lvlOverride`, `w:startOverride`).
struct DocxNumbering {
    struct Level: Equatable {
        var start = 1
        var format = "decimal"
        var text = ""
        /// `tab` (the default), `space` or `nothing`: what follows the label.
        var suffix = "tab"
        /// `w:lvlRestart`: restart after a use of a level up to this 1-based number; 0 never.
        var restart: Int?
        /// `w:isLgl`: every counter in the text is shown as a decimal.
        var legal = false
    }

    struct Instance {
        var abstractID: String
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    var abstracts: [String: [Int: Level]] = [:]
    var instances: [String: Instance] = [:]

    /// The level `ilvl` of list `numID` as rendered (override first), or nil when undefined.
    func level(_ numID: String, _ ilvl: Int) -> Level? {
        guard let instance = instances[numID] else { return nil }
        return instance.levelOverrides[ilvl] ?? abstracts[instance.abstractID]?[ilvl]
    }

    static func parse(_ data: Data) throws -> DocxNumbering {
        var numbering = DocxNumbering()
        var abstractID: String?
        var levels: [Int: Level] = [:]
        var level: Level?
        var levelIndex = 0
        var numID: String?
        var instance: Instance?
        var overrideLevel: Int?
        try SafeXML.parse(data, name: "word/numbering.xml") { event in
            switch event {
            case .start(let name, let a):
                switch name {
                case "abstractNum":
                    abstractID = a["abstractNumId"]
                    levels = [:]
                case "num":
                    numID = a["numId"]
                    instance = Instance(abstractID: "")
                case "abstractNumId" where instance != nil && level == nil:
                    instance?.abstractID = a["val"] ?? ""
                case "lvlOverride":
                    overrideLevel = a["ilvl"].flatMap { Int($0) }
                case "startOverride":
                    if let o = overrideLevel, let v = a["val"].flatMap({ Int($0) }) { instance?.startOverrides[o] = v }
                case "lvl":
                    level = Level()
                    levelIndex = a["ilvl"].flatMap { Int($0) } ?? 0
                case "start" where level != nil: level?.start = a["val"].flatMap { Int($0) } ?? 1
                case "numFmt" where level != nil: level?.format = a["val"] ?? "decimal"
                case "lvlText" where level != nil: level?.text = a["val"] ?? ""
                case "suff" where level != nil: level?.suffix = a["val"] ?? "tab"
                case "lvlRestart" where level != nil: level?.restart = a["val"].flatMap { Int($0) }
                case "isLgl" where level != nil: level?.legal = a["val"].map { $0 != "0" && $0 != "false" } ?? true
                default: break
                }
            case .end(let name):
                switch name {
                case "lvl":
                    if let l = level {
                        if instance != nil, let o = overrideLevel { instance?.levelOverrides[o] = l } else { levels[levelIndex] = l }
                    }
                    level = nil
                case "abstractNum":
                    if let id = abstractID { numbering.abstracts[id] = levels }
                    abstractID = nil
                case "lvlOverride": overrideLevel = nil
                case "num":
                    if let id = numID, let i = instance { numbering.instances[id] = i }
                    numID = nil
                    instance = nil
                default: break
                }
            case .text: break
            }
        }
        return numbering
    }
}

/// Word's list counters while the body is read in order: one set per abstract list (list
/// instances of the same abstract list continue each other's numbering), a level's counter
/// starts at its `start`, a deeper level restarts after a higher one is used, and a list
/// instance with a `startOverride` restarts that level the first time the instance is used.
struct NumberingCounter {
    let numbering: DocxNumbering
    private var counters: [String: [Int: Int]] = [:]
    private var usedInstances: Set<String> = []

    init(_ numbering: DocxNumbering) { self.numbering = numbering }

    /// The label of the next paragraph of list `numID` at level `ilvl` with its suffix (`第一条 `,
    /// `1.2 `, `（一）`), or nil when the list or level is not defined (Word shows nothing).
    mutating func next(numID: String, ilvl: Int) -> String? {
        guard numID != "0", let instance = numbering.instances[numID],
              let level = numbering.level(numID, ilvl) else { return nil }
        let key = instance.abstractID
        var values = counters[key] ?? [:]
        if !usedInstances.contains(numID) {
            usedInstances.insert(numID)
            for (l, start) in instance.startOverrides { values[l] = start - 1 }
        }
        values[ilvl] = (values[ilvl] ?? (level.start - 1)) + 1
        // A higher level never used yet counts as at its start, and stays there: Word numbers a
        // `1.1` item before any `1` item as 1.1, and the next level-0 item as 2.
        for higher in 0..<ilvl where values[higher] == nil {
            values[higher] = numbering.level(numID, higher)?.start ?? 1
        }
        for deeper in (ilvl + 1)..<9 {
            let restart = numbering.level(numID, deeper)?.restart
            if restart == nil || (restart! > 0 && ilvl + 1 <= restart!) { values[deeper] = nil }
        }
        counters[key] = values
        return Self.label(level, ilvl: ilvl, values: values) { numbering.level(numID, $0) }
    }

    static func label(_ level: DocxNumbering.Level, ilvl: Int, values: [Int: Int],
                      levelAt: (Int) -> DocxNumbering.Level?) -> String {
        if level.format == "none" && !level.text.contains("%") && level.text.isEmpty { return "" }
        var out = ""
        var chars = level.text.unicodeScalars.makeIterator()
        while let c = chars.next() {
            guard c == "%" else {
                out.unicodeScalars.append(c)
                continue
            }
            guard let d = chars.next() else { break }
            guard let k = Int(String(d)), (1...9).contains(k) else {
                out.unicodeScalars.append(c)
                out.unicodeScalars.append(d)
                continue
            }
            let l = levelAt(k - 1)
            let value = values[k - 1] ?? (l?.start ?? 1)
            let format = (level.legal && k - 1 < ilvl) ? "decimal" : (l?.format ?? "decimal")
            out += NumberFormat.render(value, format: format == "bullet" ? "decimal" : format)
        }
        if level.format == "bullet" { out = String(out.unicodeScalars.map { (0xE000...0xF8FF).contains($0.value) ? "•" : Character($0) }) }
        guard !out.isEmpty else { return "" }
        // Word's tab or space after the label; a label that ends in Chinese punctuation (`一、`,
        // `（一）`) needs none to read apart from its text.
        if level.suffix == "nothing" || out.unicodeScalars.last.map({ "、，．。：）】〕".unicodeScalars.contains($0) }) == true {
            return out
        }
        return out + " "
    }
}
