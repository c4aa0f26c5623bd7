/// The organization's choices where the law leaves a parameter open or unverified (LAW.md [U]). Each has a
/// documented default; docs/LEGAL.md lists them.
public struct EligibilitySettings: Sendable, Hashable, Codable {
    /// The proposal date: the day a year's achievements are considered, which chooses the regime and the day
    /// pending matters are checked on. Default 31/12 of the year itself; a year's achievements are often
    /// considered early in the next one, under the law then in force (`referenceNextYear`). No text ties the
    /// regime to the achievement year (LAW.md, Second review 5 [U]).
    public var referenceMonth: Int
    public var referenceDay: Int
    /// The day falls in the year after the evaluation year.
    public var referenceNextYear: Bool
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
    /// Huân chương Lao động hạng Ba for long service in leadership posts (Law 06/2022 Art. 44(1)(g)): the years in
    /// each post. Defaults: Decree 152/2025 Art. 21 [S]; under Decree 98/2023 the figures were not found [U].
    public var leadershipTenure: [LeadershipTenure]
    /// Women leaders serve one third less (Decree 98/2023 Art. 4 [V]).
    public var womenTenureReduced: Bool

    public init(
        referenceMonth: Int = 12, referenceDay: Int = 31, referenceNextYear: Bool = false,
        cstdcsQuotaPercentOld: Int? = 15, cstdcsQuotaPercent: Int? = nil,
        coCPQuotaPercentOld: Int? = 20, coCPQuotaPercent: Int? = nil, coBoRequiresTTLDXS: Bool = false,
        leadershipTenure: [LeadershipTenure] = LeadershipTenure.defaults, womenTenureReduced: Bool = true
    ) {
        self.referenceMonth = referenceMonth
        self.referenceDay = referenceDay
        self.referenceNextYear = referenceNextYear
        self.leadershipTenure = leadershipTenure
        self.womenTenureReduced = womenTenureReduced
        self.cstdcsQuotaPercentOld = cstdcsQuotaPercentOld
        self.cstdcsQuotaPercent = cstdcsQuotaPercent
        self.coCPQuotaPercentOld = coCPQuotaPercentOld
        self.coCPQuotaPercent = coCPQuotaPercent
        self.coBoRequiresTTLDXS = coBoRequiresTTLDXS
    }

    public static let defaults = EligibilitySettings()

    private enum CodingKeys: String, CodingKey {
        case referenceMonth, referenceDay, referenceNextYear, cstdcsQuotaPercentOld, cstdcsQuotaPercent,
            coCPQuotaPercentOld, coCPQuotaPercent, coBoRequiresTTLDXS, leadershipTenure, womenTenureReduced
    }

    /// Settings saved before a field existed take that field's default: adding one is not a new schema.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = EligibilitySettings.defaults
        self.init(
            referenceMonth: try c.decode(Int.self, forKey: .referenceMonth),
            referenceDay: try c.decode(Int.self, forKey: .referenceDay),
            referenceNextYear: try c.decodeIfPresent(Bool.self, forKey: .referenceNextYear) ?? d.referenceNextYear,
            cstdcsQuotaPercentOld: try c.decodeIfPresent(Int.self, forKey: .cstdcsQuotaPercentOld),
            cstdcsQuotaPercent: try c.decodeIfPresent(Int.self, forKey: .cstdcsQuotaPercent),
            coCPQuotaPercentOld: try c.decodeIfPresent(Int.self, forKey: .coCPQuotaPercentOld),
            coCPQuotaPercent: try c.decodeIfPresent(Int.self, forKey: .coCPQuotaPercent),
            coBoRequiresTTLDXS: try c.decode(Bool.self, forKey: .coBoRequiresTTLDXS),
            leadershipTenure: try c.decodeIfPresent([LeadershipTenure].self, forKey: .leadershipTenure)
                ?? d.leadershipTenure,
            womenTenureReduced: try c.decodeIfPresent(Bool.self, forKey: .womenTenureReduced) ?? d.womenTenureReduced)
    }

    /// The proposal date for a year's achievements (29/2 falls back to 28/2 in other years).
    public func referenceDate(in year: Int) -> LocalDate {
        let y = referenceNextYear ? year + 1 : year
        return LocalDate(year: y, month: referenceMonth, day: referenceDay)
            ?? LocalDate(year: y, month: referenceMonth, day: LocalDate.daysIn(month: referenceMonth, year: y))!
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
        if leadershipTenure.count > 20 {
            errors.append(FieldError("leadershipTenure", "Tối đa 20 chức vụ."))
        }
        for t in leadershipTenure {
            if t.post.isEmpty || t.post.count > 120 {
                errors.append(FieldError("leadershipTenure", "Tên chức vụ phải có từ 1 đến 120 ký tự."))
            }
            if !(1...40).contains(t.years) {
                errors.append(FieldError("leadershipTenure", "Số năm giữ chức vụ phải từ 1 đến 40."))
            }
        }
        if !errors.isEmpty { throw DomainError.invalid(errors) }
        return self
    }
}

/// The years in a leadership post that earn Huân chương Lao động hạng Ba for long service.
public struct LeadershipTenure: Sendable, Hashable, Codable {
    public var post: String
    public var years: Int

    public init(post: String, years: Int) {
        self.post = post
        self.years = years
    }

    /// Decree 152/2025 Art. 21(b) [S]: the shortest period of each range that earns hạng Ba.
    public static let defaults = [
        LeadershipTenure(post: "Tổng cục trưởng và tương đương", years: 3),
        LeadershipTenure(post: "Phó Tổng cục trưởng và tương đương", years: 5),
        LeadershipTenure(post: "Vụ trưởng và tương đương", years: 6),
        LeadershipTenure(post: "Phó Vụ trưởng và tương đương", years: 10),
    ]

    /// "3 năm", or for a woman with the reduction, two thirds: "3 năm 4 tháng".
    public func period(reduced: Bool) -> String {
        let months = reduced ? years * 8 : years * 12
        let (y, m) = (months / 12, months % 12)
        return m == 0 ? "\(y) năm" : y == 0 ? "\(m) tháng" : "\(y) năm \(m) tháng"
    }
}
