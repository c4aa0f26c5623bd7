import Foundation
import Testing

@testable import ThiDuaCore

@Suite struct SweepCacheTests {
    static func result(_ code: String, people: Int) -> EligibilitySweep.Result {
        let subjects = (0..<people).map {
            CompactHistory(id: "p\($0)", name: "Người \($0)", kind: .person, ratings: [2024: .good])
        }
        return EligibilitySweep(engine: EligibilityEngine()).run(subjects, entry: Catalogue.entry(code)!, year: 2024)
    }

    @Test func keepsTheLatestFewAndNoHugeOne() {
        // setup
        let cache = SweepCache(capacity: 2, maxRows: 1)
        let keys = ["LDTT", "CSTDCS", "TTLDTT"].map {
            SweepCache.Key(code: $0, year: 2024, scope: .organization, head: "h")
        }
        // MUT and validation
        cache.keep(Self.result("LDTT", people: 1), for: keys[0])
        cache.keep(Self.result("CSTDCS", people: 1), for: keys[1])
        #expect(cache.result(for: keys[0])?.code == "LDTT")  // now the most recent
        cache.keep(Self.result("LDTT", people: 1), for: keys[2])  // so CSTDCS goes
        #expect(cache.result(for: keys[1]) == nil)
        #expect(cache.result(for: keys[0]) != nil && cache.result(for: keys[2]) != nil)
        cache.keep(Self.result("CSTDCS", people: 2), for: keys[1])  // too large to keep
        #expect(cache.result(for: keys[1]) == nil)
        // another database's chain, or the same one after a change, has another head
        #expect(cache.result(for: SweepCache.Key(code: "LDTT", year: 2024, scope: .organization, head: "h2")) == nil)
    }
}
