import Foundation
import Testing

@testable import ThiDuaCore

/// A history entry's value is typed by its kind, and its JSON (kept by withdrawals and the change log) is as
/// before: `kind` and `value` as text.
@Suite struct HistoryDetailTests {
    @Test func theJSONKeepsKindAndValueAsText() throws {
        // setup
        let entry = HistoryEntry(subjectKind: .person, subjectID: UUID(), .rating(.excellent), year: 2023)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // MUT
        let json = String(decoding: try encoder.encode(entry), as: UTF8.self)
        let back = try JSONDecoder().decode(HistoryEntry.self, from: Data(json.utf8))
        // validation
        #expect(json.contains(#""kind":"rating""#))
        #expect(json.contains(#""value":"excellent""#))
        #expect(back == entry)
        #expect(back.rating == .excellent && back.awardCode == nil)
    }

    @Test func aValueThatIsNotOfItsKindIsRefused() throws {
        // setup: a rating whose value is an award code
        let entry = HistoryEntry(subjectKind: .person, subjectID: UUID(), .award(code: "CSTDCS"), year: 2023)
        let json = String(decoding: try JSONEncoder().encode(entry), as: UTF8.self)
            .replacingOccurrences(of: #""kind":"award""#, with: #""kind":"rating""#)
        // MUT / validation
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(HistoryEntry.self, from: Data(json.utf8)) }
        #expect(HistoryEntry.Detail(kind: .rating, value: "CSTDCS") == nil)
        #expect(HistoryEntry.Detail(kind: .award, value: "CSTDCS") == .award(code: "CSTDCS"))
        for kind in HistoryEntry.Kind.allCases where kind != .award {
            #expect(HistoryEntry.Detail(kind: kind, value: "không-có") == nil, "\(kind)")
        }
    }
}
