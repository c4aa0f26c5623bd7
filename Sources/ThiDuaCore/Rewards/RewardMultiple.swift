import Foundation

/// How many times the base salary a title or award pays, and the article that says so.
public struct RewardMultiple: Sendable, Hashable {
    /// In hundredths: 0.3 is 30.
    public var hundredths: Int
    public var basis: LegalBasis
    /// The organization set it, because the sources did not give it (REVIEW.md §5 [U]).
    public var isSetting: Bool

    /// "0,3", "12", "1,5"
    public var text: String { Self.text(hundredths: hundredths) }

    public static func text(hundredths: Int) -> String { VietnameseNumber.hundredths(hundredths) }

    /// The multiple as an exact decimal, for JSON.
    public var decimal: Decimal { Decimal(hundredths) / 100 }
}

/// The organization's money settings: the base salary by date, and the multiples no source gave.
public struct RewardSettings: Sendable, Hashable, Codable {
    public var baseSalary: BaseSalaryTable
    /// A person's multiple in hundredths, by "CODE.regime" (e.g. "GK.law2022"); a collective gets twice it.
    /// A key left out means no amount is shown.
    public var multiples: [String: Int]

    public init(baseSalary: BaseSalaryTable = .seed, multiples: [String: Int] = RewardSettings.defaultMultiples) {
        self.baseSalary = baseSalary
        self.multiples = multiples
    }

    public static let defaults = RewardSettings()

    /// The multiples the review marked [U], each defaulting to the figure of the regime before it (Huân chương
    /// Lao động hạng Nhất has none: no source gave one).
    public static let defaultMultiples: [String: Int] = [
        "GK.law2022": 30, "BK_BO.law2022": 100, "BK_TTG.law2022": 350,
        "GK.decree152": 30, "HCLD3.decree152": 450, "HCLD2.decree152": 750,
    ]

    /// The keys an administrator may set, in the order a page lists them.
    public static let settableKeys: [String] = [
        "GK.law2022", "BK_BO.law2022", "BK_TTG.law2022", "GK.decree152", "HCLD3.decree152", "HCLD2.decree152",
        "HCLD1.law2013", "HCLD1.law2022", "HCLD1.decree152",
    ]

    public func validated() throws -> RewardSettings {
        var errors: [FieldError] = []
        if baseSalary.steps.isEmpty { errors.append(FieldError("baseSalary", "Cần ít nhất một mức lương cơ sở.")) }
        if baseSalary.steps.count > 100 { errors.append(FieldError("baseSalary", "Tối đa 100 mức lương cơ sở.")) }
        if Set(baseSalary.steps.map(\.from)).count != baseSalary.steps.count {
            errors.append(FieldError("baseSalary", "Hai mức lương cơ sở không được cùng ngày áp dụng."))
        }
        for step in baseSalary.steps where !(1...1_000_000_000).contains(step.amount) {
            errors.append(FieldError("baseSalary", "Mức lương cơ sở phải từ 1 đến 1.000.000.000 đồng."))
        }
        for step in baseSalary.steps where step.basis.count > 200 {
            errors.append(FieldError("baseSalary", "Căn cứ dài quá 200 ký tự."))
        }
        for (key, value) in multiples {
            if !Self.settableKeys.contains(key) {
                errors.append(FieldError("multiples", "Không có hệ số “\(key)” để đặt."))
            } else if !(1...10_000).contains(value) {
                errors.append(FieldError("multiples", "Hệ số phải từ 0,01 đến 100 lần mức lương cơ sở."))
            }
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return self
    }
}

/// A code's reward for a kind of subject under a regime, with what it pays on a day.
public struct Reward: Sendable, Hashable {
    public var multiple: RewardMultiple
    /// The base salary in force on the day; nil before the table's first date.
    public var step: BaseSalaryStep?
    public var amount: RewardAmount?
}

extension Catalogue {
    typealias M = RewardMultiple

    /// The multiple of a code for a subject under a regime; nil where the form pays nothing or none is known.
    public static func rewardMultiple(
        _ code: String, _ kind: SubjectKind, _ regime: LegalRegime, _ settings: RewardSettings = .defaults
    ) -> RewardMultiple? {
        func title(_ hundredths: Int, old: LegalBasis = B(B.decree91, "Điều 69", .secondary)) -> RewardMultiple {
            switch regime {
            case .law2013: return M(hundredths: hundredths, basis: old, isSetting: false)
            case .law2022:
                return M(hundredths: hundredths, basis: B(B.decree98, "Điều 54", .verified), isSetting: false)
            case .decree152:
                return M(hundredths: hundredths, basis: B(B.decree152, "Điều 50", .verified), isSetting: false)
            }
        }
        /// An award form: a person's multiple, doubled for a collective where the decree does so.
        func award(_ person: RewardMultiple?, collective: RewardMultiple? = nil) -> RewardMultiple? {
            guard var m = person else { return nil }
            guard kind == .collective else { return m }
            if let collective { return collective }
            m.hundredths *= 2
            let doubling =
                switch regime {
                case .law2013: B(B.decree91, "Điều 73 (tập thể gấp hai lần cá nhân)", .secondary)
                case .law2022: B(B.decree98, "Điều 55 khoản 2 (tập thể gấp hai lần cá nhân)", .secondary)
                case .decree152: B(B.decree152, "Điều 54 (tập thể gấp hai lần cá nhân)", .secondary)
                }
            m.basis = B(
                m.basis.citation + "; " + doubling.document, doubling.article, min(m.basis.status, doubling.status))
            return m
        }
        func fixed(_ hundredths: Int, _ basis: LegalBasis) -> RewardMultiple {
            M(hundredths: hundredths, basis: basis, isSetting: false)
        }
        func setting(_ key: String) -> RewardMultiple? {
            settings.multiples["\(key).\(regime.rawValue)"].map {
                M(
                    hundredths: $0, basis: B("Cài đặt của tổ chức", "không tìm thấy mức trong văn bản", .unverified),
                    isSetting: true)
            }
        }
        let old91 = B(B.decree91, "Điều 69–72 (mức tiền thưởng)", .secondary)
        switch code {
        case "LDTT": return title(30)
        case "CSTDCS": return title(100)
        case "CSTD_BO": return title(300)
        case "CSTD_TQ": return title(450)
        case "TTLDTT": return title(80)
        case "TTLDXS": return title(150)
        case "CO_BO": return title(800, old: B(B.decree91, "Điều 69 khoản 2 điểm đ", .verified))
        case "CO_CP": return title(1200)
        case "GK":
            switch regime {
            case .law2013: return award(fixed(30, old91))
            case .law2022: return award(setting("GK"))
            case .decree152: return award(setting("GK"), collective: fixed(60, B(B.decree152, "Điều 54", .verified)))
            }
        case "BK_BO":
            switch regime {
            case .law2013: return award(fixed(100, old91))
            case .law2022: return award(setting("BK_BO"))
            case .decree152:
                return award(
                    fixed(150, B(B.decree152, "Điều 54", .verified)),
                    collective: fixed(300, B(B.decree152, "Điều 54", .verified)))
            }
        case "BK_TTG":
            switch regime {
            case .law2013: return award(fixed(350, old91))
            case .law2022: return award(setting("BK_TTG"))
            case .decree152:
                return award(
                    fixed(350, B(B.decree152, "Điều 54 khoản 1", .verified)),
                    collective: fixed(700, B(B.decree152, "Điều 54", .verified)))
            }
        case "HCLD3", "HCLD2":
            let hundredths = code == "HCLD3" ? 450 : 750
            switch regime {
            case .law2013: return award(fixed(hundredths, old91))
            case .law2022: return award(fixed(hundredths, B(B.decree98, "Điều 55", .secondary)))
            case .decree152: return award(setting(code))
            }
        case "HCLD1": return award(setting(code))
        default: return nil
        }
    }

    /// What the code pays a subject when decided on `day`.
    public static func reward(
        _ code: String, _ kind: SubjectKind, _ regime: LegalRegime, on day: LocalDate, _ settings: RewardSettings
    ) -> Reward? {
        guard let multiple = rewardMultiple(code, kind, regime, settings) else { return nil }
        let step = settings.baseSalary.step(on: day)
        return Reward(
            multiple: multiple, step: step,
            amount: step.flatMap { RewardAmount(multipleHundredths: multiple.hundredths, baseSalary: $0.amount) })
    }
}

extension LegalBasis.Status: Comparable {
    /// The weaker of two statuses describes what rests on both.
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }

    private var rank: Int {
        switch self {
        case .unverified: return 0
        case .inferred: return 1
        case .secondary: return 2
        case .verified: return 3
        }
    }
}
