import Foundation
import Synchronization
import Testing

@testable import TactfulLint

/// `ICUPool.fact`: a value is computed once per key however many threads ask for it at once, and every thread gets
/// that one value (a fact holding a regex source must stay the one object).
@Suite struct ICUPoolFactTests {
    @Test func threadsAskingAtOnceGetTheOneValueComputedOnce() {
        let pool = ICUPool()
        let computed = Mutex(0)
        let found = Mutex<[ObjectIdentifier]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let source = pool.fact("units-regex") { () -> RegexSource in
                computed.withLock { $0 += 1 }
                usleep(20_000)  // long enough for the other threads to ask meanwhile
                return RegexSource(#"\d+ ?kg"#, ignoresCase: true)
            }
            found.withLock { $0.append(ObjectIdentifier(source)) }
        }
        #expect(computed.withLock { $0 } == 1)
        let identities = found.withLock { $0 }
        #expect(identities.count == 8 && Set(identities).count == 1)
    }

    @Test func aMissingValueIsRememberedAndKeysAreApart() {
        let pool = ICUPool()
        let computed = Mutex(0)
        for _ in 0..<3 {
            let none = pool.fact("no-separator") { () -> String? in
                computed.withLock { $0 += 1 }
                return nil
            }
            #expect(none == nil)
        }
        #expect(computed.withLock { $0 } == 1)
        #expect(pool.fact("separator") { "," } == ",")
        #expect(pool.fact("separator") { "." } == ",")
    }
}
