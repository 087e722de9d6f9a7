import Testing

@testable import TactfulICU

@Suite struct ICUErrorTests {
    /// A missing handle is ICU's allocation failure, code 7 (code 1 is U_ILLEGAL_ARGUMENT_ERROR).
    @Test func aNullHandleIsAnAllocationFailure() {
        let error = ICUError.nullHandle("open a calendar")
        #expect(error.code == 7)
        #expect(error.name == "U_MEMORY_ALLOCATION_ERROR")
        #expect(error.description == "ICU failed to open a calendar: U_MEMORY_ALLOCATION_ERROR")
    }
}
