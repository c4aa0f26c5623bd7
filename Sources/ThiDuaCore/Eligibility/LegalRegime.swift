/// A legal regime: the law and the decree that detail it, with the period in which they are in force.
/// Rules are versioned by regime; an evaluation uses the regime in force on the organization's reference day
/// of the evaluation year (`EligibilitySettings.referenceDay`).
public enum LegalRegime: String, CaseIterable, Sendable, Codable {
    /// Law 15/2003/QH11 as amended (2005, 2013), with Decree 91/2017/NĐ-CP.
    case law2013
    /// Law 06/2022/QH15, with Decree 98/2023/NĐ-CP, from 2024-01-01.
    case law2022
    /// Law 06/2022/QH15, with Decree 152/2025/NĐ-CP, from 2025-07-01.
    case decree152

    public var vietnamese: String {
        switch self {
        case .law2013: return "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) và Nghị định 91/2017/NĐ-CP"
        case .law2022: return "Luật Thi đua, khen thưởng 06/2022/QH15 và Nghị định 98/2023/NĐ-CP"
        case .decree152: return "Luật Thi đua, khen thưởng 06/2022/QH15 và Nghị định 152/2025/NĐ-CP"
        }
    }

    /// First day in force; the next regime's first day ends it.
    public var effectiveFrom: LocalDate {
        switch self {
        // Every earlier year too: long achievement chains reach back, and the sources give no older rules.
        case .law2013: return LocalDate(year: 1900, month: 1, day: 1)!
        case .law2022: return LocalDate(year: 2024, month: 1, day: 1)!
        case .decree152: return LocalDate(year: 2025, month: 7, day: 1)!
        }
    }

    public var effectiveTo: LocalDate? {
        let all = LegalRegime.allCases
        let next = all.firstIndex(of: self)! + 1
        return next < all.count ? LocalDate(dayNumber: all[next].effectiveFrom.dayNumber - 1) : nil
    }

    /// The decree that details the law in this regime (for the principles of its Art. 4).
    public var decree: String {
        switch self {
        case .law2013: return "Nghị định 91/2017/NĐ-CP"
        case .law2022: return "Nghị định 98/2023/NĐ-CP"
        case .decree152: return "Nghị định 152/2025/NĐ-CP"
        }
    }

    /// The regime in force on a day.
    public static func inForce(on date: LocalDate) -> LegalRegime {
        allCases.last { $0.effectiveFrom <= date } ?? .law2013
    }

    public var isLaw2022: Bool { self != .law2013 }
}
