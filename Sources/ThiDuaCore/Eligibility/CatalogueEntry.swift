/// One title or award form of the catalogue, with its rules per kind of subject and legal regime.
public struct CatalogueEntry: Sendable {
    public enum Level: String, Sendable, CaseIterable {
        case grassroots, ministry, national, state

        public var vietnamese: String {
            switch self {
            case .grassroots: return "Cơ sở"
            case .ministry: return "Bộ, ngành, tỉnh"
            case .national: return "Thủ tướng Chính phủ"
            case .state: return "Nhà nước"
            }
        }
    }

    public var code: String
    public var name: String
    /// The abbreviation used in sentences, e.g. "CSTĐCS".
    public var shortName: String
    public var kind: AwardCode.Kind
    public var subjectKinds: [SubjectKind]
    public var level: Level
    public var authority: String
    /// Years before the evaluation year that achievements are drawn from (for the discipline check).
    public var window: Int
    let conditions: @Sendable (SubjectKind, LegalRegime, EligibilitySettings) -> [Condition]

    init(
        code: String, name: String, shortName: String, kind: AwardCode.Kind, subjectKinds: [SubjectKind], level: Level,
        authority: String, window: Int = 1,
        conditions: @escaping @Sendable (SubjectKind, LegalRegime, EligibilitySettings) -> [Condition]
    ) {
        self.code = code
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.subjectKinds = subjectKinds
        self.level = level
        self.authority = authority
        self.window = window
        self.conditions = conditions
    }

    /// Every rule that applies to a kind of subject under a regime: the code's own, then the principles.
    public func condition(for kind: SubjectKind, regime: LegalRegime, settings: EligibilitySettings) -> Condition {
        guard subjectKinds.contains(kind) else {
            return .rule(Rule("\(code)-DOI-TUONG", .subjectKind(subjectKinds[0]), Catalogue.subjectBasis(code, regime)))
        }
        let own: Condition = .all(conditions(kind, regime, settings))
        // A one-year window ends in the evaluation year itself, which no earlier award can have spent.
        let cycled = window > 1 ? Condition.cycle(Cycle(code: code, window: window), own) : own
        return .all([cycled] + Catalogue.principles(window: window, regime: regime))
    }

    /// The quota that binds a sweep, if the settings turn one on: at most `percent` of the holders of `of`.
    public func quota(regime: LegalRegime, settings: EligibilitySettings) -> Quota? {
        switch code {
        case "CSTDCS":
            let percent = regime.isLaw2022 ? settings.cstdcsQuotaPercent : settings.cstdcsQuotaPercentOld
            return percent.map {
                Quota(
                    percent: $0, of: "LDTT",
                    basis: regime.isLaw2022
                        ? LegalBasis("Cài đặt của tổ chức", "không tìm thấy tỷ lệ chung từ 2024", .unverified)
                        : LegalBasis(LegalBasis.decree91, "Điều 9 khoản 3", .verified))
            }
        case "CO_CP":
            let percent = regime.isLaw2022 ? settings.coCPQuotaPercent : settings.coCPQuotaPercentOld
            return percent.map {
                Quota(
                    percent: $0, of: "CO_BO",
                    basis: regime.isLaw2022
                        ? LegalBasis(
                            "Cài đặt của tổ chức",
                            "Luật 06/2022 Điều 25 khoản 4 giao Chính phủ quy định; chưa tìm thấy", .unverified)
                        : LegalBasis(
                            LegalBasis.decree91, "Điều 11 khoản 1; Công văn 5007/BNV-TĐKT ngày 05/09/2023", .verified))
            }
        default:
            return nil
        }
    }
}

/// A conduct condition every holder must meet, which a history cannot show. Listed with each answer; it does
/// not turn the answer into a manual check.
public struct Reminder: Sendable, Hashable {
    public var text: String
    public var basis: LegalBasis
}

/// A cap on how many of a sweep may be proposed: `percent` of the subjects holding (or eligible for) `of`.
public struct Quota: Sendable, Hashable {
    public var percent: Int
    public var of: String
    public var basis: LegalBasis

    /// The cap for a base count; rounded down, since a quota is a maximum.
    public func cap(base: Int) -> Int { base * percent / 100 }
}
