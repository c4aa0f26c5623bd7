/// When a ballot counts and who is elected: the quorum and the threshold, with their basis. Bloc-level rules were
/// not found (REVIEW.md §1 [U]); the council's are Decree 98/2023 Art. 30(7) [V]. Both are settings.
public struct VoteRule: Sendable, Hashable, Codable {
    public enum Denominator: String, Sendable, Hashable, Codable, CaseIterable {
        /// Everyone entitled to vote (the council's rule: "trên tổng số thành viên").
        case electorate
        /// The valid ballots cast.
        case valid

        public var vietnamese: String {
            self == .electorate ? "tổng số người có quyền biểu quyết" : "số phiếu hợp lệ"
        }
    }

    /// Percent of the electorate that must cast a ballot for it to count.
    public var quorumPercent: Int
    /// Percent of `denominator` a candidate needs.
    public var thresholdPercent: Int
    public var denominator: Denominator
    /// "Trên 50%" rather than "từ 50% trở lên".
    public var strictlyAbove: Bool
    public var basis: String

    public init(
        quorumPercent: Int, thresholdPercent: Int, denominator: Denominator, strictlyAbove: Bool, basis: String
    ) {
        self.quorumPercent = quorumPercent
        self.thresholdPercent = thresholdPercent
        self.denominator = denominator
        self.strictlyAbove = strictlyAbove
        self.basis = basis
    }

    /// A bloc's suy tôn: more than half of the member units, two thirds present; no text was found, so the
    /// bloc changes it.
    public static let blocDefault = VoteRule(
        quorumPercent: 67, thresholdPercent: 50, denominator: .electorate, strictlyAbove: true,
        basis: "Cài đặt của khối (không tìm thấy quy định về bình xét trong khối: REVIEW.md mục 1)")

    /// The council for CSTĐ cấp bộ, CSTĐ toàn quốc and Anh hùng: at least 90% of all members.
    public static let councilNinety = VoteRule(
        quorumPercent: 0, thresholdPercent: 90, denominator: .electorate, strictlyAbove: false,
        basis: "Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7 (đã đối chiếu)")

    /// The council for CSTĐCS and the flags: at least 80% of all members.
    public static let councilEighty = VoteRule(
        quorumPercent: 0, thresholdPercent: 80, denominator: .electorate, strictlyAbove: false,
        basis: "Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7 (đã đối chiếu)")

    public func validated() throws -> VoteRule {
        var errors: [FieldError] = []
        if !(0...100).contains(quorumPercent) {
            errors.append(FieldError("quorumPercent", "Tỷ lệ tối thiểu có mặt phải từ 0 đến 100 (%)."))
        }
        if !(1...100).contains(thresholdPercent) {
            errors.append(FieldError("thresholdPercent", "Tỷ lệ phiếu cần đạt phải từ 1 đến 100 (%)."))
        }
        if strictlyAbove && thresholdPercent == 100 {
            errors.append(FieldError("thresholdPercent", "Không thể đòi hỏi trên 100% số phiếu."))
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return self
    }

    /// "trên 50% tổng số người có quyền biểu quyết"
    public var vietnamese: String {
        "\(strictlyAbove ? "trên" : "từ") \(thresholdPercent)% \(denominator.vietnamese)\(strictlyAbove ? "" : " trở lên")"
    }
}
