import CDynamicLibrary
import Testing

/// The loader behind CPoppler, CTesseract and CLeptonica: a library or function that is not
/// there is one reason naming it, never a crash at the first call.
@Suite("Loading a C library at run time")
struct DynamicLibraryTests {
    /// Loads `function` of `library` into a slot; whether it loaded, the reason, the address.
    static func load(_ library: String, _ function: String) -> (loaded: Bool, reason: String?, address: UnsafeMutableRawPointer?) {
        var state = CELoadState()
        var slot: UnsafeMutableRawPointer?
        let loaded = library.withCString { soname in
            function.withCString { name in
                withUnsafeMutablePointer(to: &slot) { slotPointer in
                    var entry = CEFunction(name: name, library: soname, slot: slotPointer)
                    ce_library_load(&state, &entry, 1)
                    return state.loaded == 1
                }
            }
        }
        return (loaded, ce_library_failure(&state).map { String(cString: $0) }, slot)
    }

    @Test("a library that is there gives each function its address")
    func loads() {
        let result = Self.load("libc.so.6", "strlen")
        #expect(result.loaded && result.reason == nil && result.address != nil)
    }

    @Test("a library that is not installed is named, with the loader's reason")
    func missingLibrary() throws {
        let result = Self.load("libcontract-extract-absent.so.9", "anything")
        #expect(!result.loaded && result.address == nil)
        let reason = try #require(result.reason)
        #expect(reason.hasPrefix("libcontract-extract-absent.so.9 cannot be loaded ("))
    }

    @Test("a function the library lacks is named with its library")
    func missingFunction() {
        let result = Self.load("libc.so.6", "ce_no_such_function")
        #expect(!result.loaded && result.address == nil)
        #expect(result.reason == "libc.so.6 has no function ce_no_such_function")
    }
}
