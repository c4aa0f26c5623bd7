/// A change to the law that is reported but not yet read into the catalogue. Every answer whose proposal date
/// falls on or after `effectiveFrom` carries `warning`, so that nobody relies on it unawares. Replace the entry
/// with the rules themselves once the text is read.
public struct Amendment: Sendable, Hashable {
    public var document: String
    public var effectiveFrom: LocalDate
    public var warning: String
    public var status: LegalBasis.Status

    public func applies(on day: LocalDate) -> Bool { day >= effectiveFrom }
}

extension Catalogue {
    /// LAW.md, Verification pass: two documents mention the amending law; its text was not found [U].
    public static let amendments: [Amendment] = [
        Amendment(
            document: "Luật số 06/2026/QH16 sửa đổi, bổ sung Luật Thi đua, khen thưởng",
            effectiveFrom: LocalDate(year: 2026, month: 10, day: 1)!,
            warning:
                "Luật 06/2026/QH16 sửa đổi, bổ sung Luật Thi đua, khen thưởng có hiệu lực từ 01/10/2026 nhưng chưa được đối chiếu: kết quả này theo quy định trước khi sửa đổi và có thể thay đổi.",
            status: .unverified)
    ]

    public static func amendments(on day: LocalDate) -> [Amendment] { amendments.filter { $0.applies(on: day) } }
}
