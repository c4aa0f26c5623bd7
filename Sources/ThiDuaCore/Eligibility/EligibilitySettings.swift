/// The organization's choices where the law leaves a parameter open or unverified (LAW.md [U]). Each has a
/// documented default; docs/LEGAL.md lists them.
public struct EligibilitySettings: Sendable, Hashable, Codable {
    /// The day of the evaluation year whose regime applies (the transitional choice). Default 31/12: a year's
    /// achievements are judged under the rules in force at its end, so 2025 falls under Decree 152/2025.
    /// Set 1/1 to keep a year under the regime in force when it began.
    public var referenceMonth: Int
    public var referenceDay: Int
    /// Cap on CSTĐCS as a percentage of the LĐTT holders, old regime. Default 15 (Decree 91/2017 Art. 9(3) [V]).
    public var cstdcsQuotaPercentOld: Int?
    /// The same cap from 2024. No national figure was found [U]: off (nil) by default.
    public var cstdcsQuotaPercent: Int?
    /// Cap on Cờ thi đua của Chính phủ proposals as a percentage of the bloc leaders, old regime. Default 20
    /// (Decree 91/2017 Art. 11; letter 5007/BNV-TĐKT [V]).
    public var coCPQuotaPercentOld: Int?
    /// The same cap from 2024 [U]: off by default.
    public var coCPQuotaPercent: Int?
    /// Whether Cờ thi đua cấp bộ also requires Tập thể lao động xuất sắc in the year, as some ministries' circulars
    /// say (MOIT Circular 22/2023 [S]). Default off.
    public var coBoRequiresTTLDXS: Bool

    public init(
        referenceMonth: Int = 12, referenceDay: Int = 31, cstdcsQuotaPercentOld: Int? = 15,
        cstdcsQuotaPercent: Int? = nil,
        coCPQuotaPercentOld: Int? = 20, coCPQuotaPercent: Int? = nil, coBoRequiresTTLDXS: Bool = false
    ) {
        self.referenceMonth = referenceMonth
        self.referenceDay = referenceDay
        self.cstdcsQuotaPercentOld = cstdcsQuotaPercentOld
        self.cstdcsQuotaPercent = cstdcsQuotaPercent
        self.coCPQuotaPercentOld = coCPQuotaPercentOld
        self.coCPQuotaPercent = coCPQuotaPercent
        self.coBoRequiresTTLDXS = coBoRequiresTTLDXS
    }

    public static let defaults = EligibilitySettings()

    /// The reference day in a year (29/2 falls back to 28/2 in other years).
    public func referenceDate(in year: Int) -> LocalDate {
        LocalDate(year: year, month: referenceMonth, day: referenceDay)
            ?? LocalDate(year: year, month: referenceMonth, day: LocalDate.daysIn(month: referenceMonth, year: year))!
    }

    public func regime(for year: Int) -> LegalRegime { LegalRegime.inForce(on: referenceDate(in: year)) }

    /// Checks the values; errors name the field in Vietnamese.
    public func validated() throws -> EligibilitySettings {
        var errors: [FieldError] = []
        if !(1...12).contains(referenceMonth) || LocalDate(year: 2024, month: referenceMonth, day: referenceDay) == nil
        {
            errors.append(FieldError("referenceDay", "Ngày tham chiếu không hợp lệ."))
        }
        for (field, value) in [
            ("cstdcsQuotaPercentOld", cstdcsQuotaPercentOld), ("cstdcsQuotaPercent", cstdcsQuotaPercent),
            ("coCPQuotaPercentOld", coCPQuotaPercentOld), ("coCPQuotaPercent", coCPQuotaPercent),
        ] {
            if let v = value, !(1...100).contains(v) {
                errors.append(FieldError(field, "Tỷ lệ phải từ 1 đến 100 (%), hoặc để trống nếu không áp dụng."))
            }
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return self
    }
}
