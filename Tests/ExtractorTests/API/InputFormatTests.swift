@testable import Extractor
import Foundation
import Testing

/// Formats are told by their bytes; the name decides only what the bytes cannot.
@Suite("Input format")
struct InputFormatTests {
    static func detect(_ name: String, _ text: String) -> InputFormat {
        InputFormat.detect(fileName: name, head: Data(text.utf8))
    }

    @Test("HTML by its markup, whatever the name; by its name when the markup is further in")
    func html() {
        for text in ["<!DOCTYPE html>\n<html>", "\u{FEFF}<html lang=\"zh\">", "  \n<HTML><HEAD>",
                     "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC>\n<html xmlns=…>", "<meta charset=\"gb2312\">甲方",
                     "<!-- saved from url -->\n<html>"] {
            #expect(Self.detect("contract.txt", text) == .html, "\(text)")
        }
        #expect(Self.detect("page.htm", "合同正文") == .html)
        guard case .unsupported("MHTML (a web archive)", _) = Self.detect("page.mht", "MIME-Version: 1.0") else {
            Issue.record("mht")
            return
        }
    }

    @Test("a Word package by its name, or by its part names under another name")
    func docx() {
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        #expect(InputFormat.detect(fileName: "a.docx", head: Data(zip)) == .docx)
        #expect(InputFormat.detect(fileName: "a.DOCM", head: Data(zip)) == .docx)
        #expect(InputFormat.detect(fileName: "download", head: Data(zip + Array("....word/document.xml".utf8))) == .docx)
    }

    @Test("text that mentions markup is still text")
    func notHTML() {
        #expect(Self.detect("a.txt", "甲方：<公司名称>\n乙方：<html>标签不是网页") == .text)
        #expect(Self.detect("a.txt", "第一条 <b>加粗</b>") == .text)
        #expect(Self.detect("notes", "合同编号：HT-2024") == .text)
        #expect(Self.detect("bmw.txt", "BMW（中国）汽车贸易有限公司采购合同\n甲方：") == .text)
    }

    @Test("PDF wherever its header is in the first 1 KB, even under another name")
    func pdf() {
        #expect(Self.detect("scan.jpg", "%PDF-1.7\n") == .pdf)
        #expect(Self.detect("x.bin", String(repeating: " ", count: 500) + "%PDF-1.4") == .pdf)
    }

    @Test("JPEG, PNG and TIFF are page images by their bytes, or by their name when damaged")
    func images() {
        #expect(InputFormat.detect(fileName: "x", head: Data([0xFF, 0xD8, 0xFF, 0xE0])) == .jpeg)
        #expect(InputFormat.detect(fileName: "x", head: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) == .png)
        #expect(InputFormat.detect(fileName: "x", head: Data([0x49, 0x49, 0x2A, 0x00])) == .tiff)
        #expect(InputFormat.detect(fileName: "x", head: Data([0x4D, 0x4D, 0x00, 0x2A])) == .tiff)
        #expect(InputFormat.detect(fileName: "broken.JPG", head: Data("garbage".utf8)) == .jpeg)
        #expect(InputFormat.detect(fileName: "broken.tif", head: Data("garbage".utf8)) == .tiff)
    }

    @Test("Office, images and other formats are named")
    func named() {
        let cases: [(String, [UInt8], String)] = [
            ("a.odt", [0x50, 0x4B, 0x03, 0x04], "OpenDocument text (ODT)"),
            ("a.pages", [0x50, 0x4B, 0x03, 0x04], "Apple Pages"),
            ("a.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "a password-protected (encrypted) Office document"),
            ("a.xlsx", [0x50, 0x4B, 0x03, 0x04], "Excel (XLSX)"),
            ("a.bin", [0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
            ("a.wps", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "WPS document"),
            ("a.dat", [0x42, 0x4D, 0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0], "a BMP image"),
            ("a.gif", Array("GIF89a".utf8), "a GIF image"),
            ("a.doc", Array("不是OLE".utf8), "Word 97–2003 (DOC)"),
            ("a.ofd", Array("abc".utf8), "OFD (China's fixed-layout format)"),
        ]
        for (name, bytes, format) in cases {
            guard case .unsupported(let found, let advice) = InputFormat.detect(fileName: name, head: Data(bytes)) else {
                Issue.record("\(name) read as a supported format")
                continue
            }
            #expect(found == format, "\(name)")
            #expect(!advice.isEmpty)
        }
    }

    @Test("word-processor formats are told to convert to DOCX, spreadsheets to PDF")
    func advice() {
        for (name, bytes) in [("a.doc", [UInt8]([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])), ("a.wps", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
                              ("a.rtf", Array("{\\rtf1".utf8)), ("a.odt", [0x50, 0x4B, 0x03, 0x04]), ("a.pages", [0x50, 0x4B, 0x03, 0x04])] {
            guard case .unsupported(_, let advice) = InputFormat.detect(fileName: name, head: Data(bytes)) else {
                Issue.record("\(name) read")
                continue
            }
            #expect(advice.contains("libreoffice --headless --convert-to docx"), "\(name): \(advice)")
        }
        guard case .unsupported(_, let advice) = InputFormat.detect(fileName: "a.xlsx", head: Data([0x50, 0x4B, 0x03, 0x04])) else {
            Issue.record("xlsx read")
            return
        }
        #expect(advice.contains("--convert-to pdf"))
    }
}
