import Crypto
import Foundation

/// SHA-256 of some bytes as 64 lowercase hex digits (swift-crypto, which the store's PostgreSQL
/// client already brings), so that hashing a file needs no system library loaded.
enum Checksum {
    static func sha256Hex(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
