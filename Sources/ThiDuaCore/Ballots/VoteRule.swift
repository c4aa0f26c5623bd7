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

    /// The part of the electorate that must cast a ballot for it to count: a fraction, so that two thirds of 15
    /// is exactly 10.
    public var quorum: Fraction
    /// Percent of `denominator` a candidate needs.
    public var thresholdPercent: Int
    public var denominator: Denominator
    /// "Trên 50%" rather than "từ 50% trở lên".
    public var strictlyAbove: Bool
    public var basis: String

    public init(
        quorum: Fraction, thresholdPercent: Int, denominator: Denominator, strictlyAbove: Bool, basis: String
    ) {
        self.quorum = quorum
        self.thresholdPercent = thresholdPercent
        self.denominator = denominator
        self.strictlyAbove = strictlyAbove
        self.basis = basis
    }

    /// A bloc's suy tôn: more than half of the member units, two thirds present; no text was found, so the
    /// bloc changes it.
    public static let blocDefault = VoteRule(
        quorum: Fraction(2, 3), thresholdPercent: 50, denominator: .electorate, strictlyAbove: true,
        basis: "Quy chế, cài đặt của khối (chưa có văn bản quy phạm quy định tỷ lệ bình xét trong khối)")

    /// The council for CSTĐ cấp bộ, CSTĐ toàn quốc and Anh hùng: at least 90% of all members.
    public static let councilNinety = VoteRule(
        quorum: Fraction(0, 1), thresholdPercent: 90, denominator: .electorate, strictlyAbove: false,
        basis: "Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7 (đã đối chiếu)")

    /// The council for CSTĐCS and the flags: at least 80% of all members.
    public static let councilEighty = VoteRule(
        quorum: Fraction(0, 1), thresholdPercent: 80, denominator: .electorate, strictlyAbove: false,
        basis: "Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7 (đã đối chiếu)")

    public func validated() throws -> VoteRule {
        var errors: [FieldError] = []
        if !(1...1000).contains(quorum.denominator) || !(0...quorum.denominator).contains(quorum.numerator) {
            errors.append(FieldError("quorum", "Tỷ lệ tối thiểu bỏ phiếu phải là một phân số từ 0 đến 1, ví dụ 2/3."))
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

/// A share of a whole, kept exact: "2/3", or "67/100" typed as "67%".
public struct Fraction: Sendable, Hashable, Codable {
    public var numerator: Int
    public var denominator: Int

    public init(_ numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// "2/3", "67%", "0"; nil for anything else or out of 0…1.
    public init?(parsing text: String) {
        let t = text.filter { !$0.isWhitespace }
        if t.hasSuffix("%"), let p = Int(t.dropLast()), (0...100).contains(p) {
            self.init(p, 100)
        } else if let slash = t.firstIndex(of: "/"), let n = Int(t[..<slash]), let d = Int(t[t.index(after: slash)...]),
            (1...1000).contains(d), (0...d).contains(n)
        {
            self.init(n, d)
        } else if t == "0" {
            self.init(0, 1)
        } else {
            return nil
        }
    }

    /// At least this share of `whole`: `part / whole ≥ numerator / denominator`, without division. The caller
    /// clamps `part` and `whole`; the fraction is clamped here, so that a stored one cannot overflow.
    public func isMet(by part: Int, of whole: Int) -> Bool {
        let d = min(max(denominator, 1), 1000)
        return part * d >= min(max(numerator, 0), d) * whole
    }

    public var text: String { denominator == 100 ? "\(numerator)%" : "\(numerator)/\(denominator)" }
}
