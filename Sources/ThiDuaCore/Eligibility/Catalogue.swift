/// The catalogue of titles and award forms (DESIGN §6), as reviewed data: each rule names its legal basis
/// and whether that basis was verified (`../shared/domain/LAW.md`). Where the law was not found, the rule is a
/// manual check that names the article to read, never a guess.
public enum Catalogue {
    public static let entries: [CatalogueEntry] = individualTitles + collectiveTitles + awards

    public static let byCode: [String: CatalogueEntry] = Dictionary(uniqueKeysWithValues: entries.map { ($0.code, $0) })

    public static func entry(_ code: String) -> CatalogueEntry? { byCode[code] }

    /// The short name of a code in sentences; a code outside the catalogue (an organization's own) as it is.
    public static func shortName(_ code: String) -> String { byCode[code]?.shortName ?? code }

    /// How a list shows a title to a reader: "Chiến sĩ thi đua cơ sở (CSTĐCS)", never the code "CSTDCS".
    public static func label(_ code: String, name: String? = nil) -> String {
        let name = name ?? byCode[code]?.name ?? code
        guard let short = byCode[code]?.shortName, short != name else { return name }
        return "\(name) (\(short))"
    }

    // MARK: shared rules

    typealias B = LegalBasis

    /// The basis of the principles (Art. 4 of the regime's decree).
    static func principleBasis(_ regime: LegalRegime, _ clause: String) -> LegalBasis {
        switch regime {
        case .law2022: return B(B.decree98, "Điều 4 \(clause)", .verified)
        case .decree152: return B(B.decree152, "Điều 4 \(clause)", .secondary)
        case .law2013:
            return B(B.decree91, "nguyên tắc khen thưởng (như Nghị định 98/2023 Điều 4 \(clause))", .inferred)
        }
    }

    /// No discipline over the achievement window, nothing pending: every title and form.
    static func principles(window: Int, regime: LegalRegime) -> [Condition] {
        [
            .rule(
                Rule(
                    "CHUNG-KY-LUAT", .noDiscipline(within: window),
                    principleBasis(regime, "(sau kỷ luật, thành tích tính từ khi hết thời hạn)"))),
            .rule(
                Rule(
                    "CHUNG-DANG-XEM-XET", .noPending,
                    principleBasis(
                        regime, "(không đề nghị khi đang bị xem xét kỷ luật, điều tra, thanh tra, khiếu nại)"))),
        ]
    }

    static func subjectBasis(_ code: String, _ regime: LegalRegime) -> LegalBasis {
        B(
            regime.isLaw2022 ? B.law2022 : B.law2013, "quy định về đối tượng của \(byCode[code]?.name ?? code)",
            .inferred)
    }

    /// The conduct conditions shared by every title of a kind of subject.
    public static func reminders(for kind: SubjectKind, regime: LegalRegime) -> [Reminder] {
        let law = regime.isLaw2022 ? B.law2022 : B.law2013
        switch kind {
        case .person:
            return [
                Reminder(
                    text:
                        "Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; có tinh thần tự lực, tự cường, đoàn kết, tương trợ; tích cực tham gia phong trào thi đua.",
                    basis: B(
                        law, "Điều 24 khoản 1 điểm b và tiêu chuẩn chung của các danh hiệu",
                        regime.isLaw2022 ? .verified : .inferred))
            ]
        case .collective:
            return [
                Reminder(
                    text:
                        "Nội bộ đoàn kết; tổ chức đảng, đoàn thể trong sạch, vững mạnh; chấp hành tốt chủ trương, chính sách, pháp luật; tổ chức phong trào thi đua thường xuyên, thiết thực, hiệu quả.",
                    basis: B(
                        law, "tiêu chuẩn chung của các danh hiệu tập thể (Điều 25–28)",
                        regime.isLaw2022 ? .secondary : .inferred))
            ]
        }
    }

    static func rule(_ id: String, _ check: Check, _ basis: LegalBasis) -> Condition { .rule(Rule(id, check, basis)) }

    /// A rule the law has but the sources did not give: a manual check naming where to look.
    static func notFound(_ id: String, _ what: String, _ document: String, _ article: String) -> Condition {
        rule(
            id,
            .manual("\(what) (tiêu chuẩn chưa được đối chiếu với văn bản; hội đồng xét theo \(document), \(article))"),
            B(document, article, .unverified))
    }

    /// The standard of Lao động tiên tiến, which CSTĐCS also asks for. Civil servants and public employees earn it
    /// by their annual rating; workers, farmers and cooperative members outside the civil service by productive
    /// work, which only a person can judge (Law 06/2022 Art. 24; the 2013 law Art. 24(3)).
    static func laborStandard(_ id: String, _ regime: LegalRegime, ratingBasis: LegalBasis? = nil) -> Condition {
        let law = regime.isLaw2022 ? B.law2022 : B.law2013
        let rated: [Person.Category] = [.civilServant, .publicEmployee, .other]
        let productive: [Person.Category] = [.worker, .farmer, .cooperativeMember, .other]
        let ratingBasis =
            ratingBasis
            ?? (regime.isLaw2022
                ? B(B.law2022, "Điều 24 khoản 1 điểm a", .verified) : B(B.law2013, "Điều 24", .inferred))
        let workBasis =
            regime.isLaw2022
            ? B(B.law2022, "Điều 24 khoản 2 và 3", .secondary) : B(B.law2013, "Điều 24 khoản 3", .verified)
        return .any([
            Route(
                "cán bộ, công chức, viên chức",
                .all([
                    rule(
                        "\(id)-DT", .category(rated),
                        B(law, "Điều 24 khoản 1", regime.isLaw2022 ? .verified : .inferred)),
                    rule(id, .ratedConsecutively(years: 1, atLeast: .good), ratingBasis),
                ])),
            Route(
                "công nhân, nông dân, thành viên hợp tác xã, người lao động",
                .all([
                    rule("\(id)-LD", .category(productive), workBasis),
                    rule(
                        "\(id)-SX",
                        .manual(
                            "lao động sản xuất có hiệu quả, tích cực tham gia phong trào thi đua và hoạt động xã hội (đơn vị xác nhận)"
                        ), workBasis),
                ])),
        ])
    }

    /// Huân chương Lao động hạng Ba for long service in leadership posts: a judgement on the person's posts and
    /// years, which the history does not hold. The years per post are the organization's settings.
    static func longService(_ regime: LegalRegime, _ settings: EligibilitySettings) -> Condition {
        let posts = settings.leadershipTenure.map { "\($0.post): \($0.period(reduced: false))" }
            .joined(separator: "; ")
        let women =
            settings.womenTenureReduced
            ? "; nữ được giảm một phần ba thời gian (\(settings.leadershipTenure.map { "\($0.post): \($0.period(reduced: true))" }.joined(separator: "; ")))"
            : ""
        let basis =
            regime == .decree152
            ? B(B.decree152, "Điều 21; thời gian giữ chức vụ là cài đặt của tổ chức", .secondary)
            : B(
                B.decree98,
                "quy định chi tiết Luật 06/2022 Điều 44 khoản 1 điểm g, Điều 4 (giảm một phần ba cho nữ); thời gian giữ chức vụ chưa đối chiếu, là cài đặt của tổ chức (mặc định theo Nghị định 152/2025 Điều 21)",
                .unverified)
        return rule(
            "HCLD3-5",
            .manual("có quá trình cống hiến lâu dài, giữ chức vụ lãnh đạo đủ thời gian: \(posts)\(women)"), basis)
    }

    /// Cờ thi đua của Chính phủ before 2024, in the clauses of Decree 91/2017 Art. 11.
    static let oldGovernmentFlag: [Condition] = [
        .any([
            Route(
                "khoản 1: dẫn đầu các tập thể đạt Cờ thi đua cấp bộ",
                rule(
                    "COCP-1",
                    .manual(
                        "là tập thể tiêu biểu xuất sắc, dẫn đầu trong số các tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương"
                    ), B(B.decree91, "Điều 11 khoản 1", .verified))),
            Route(
                "khoản 2",
                notFound(
                    "COCP-2", "Tiêu chuẩn khoản 2 (chưa đọc được văn bản)", B.decree91, "Điều 11 khoản 2")),
            Route(
                "khoản 3: dẫn đầu phong trào do Chủ tịch nước, Thủ tướng phát động",
                rule(
                    "COCP-4",
                    .manual(
                        "là tập thể dẫn đầu phong trào thi đua do Chủ tịch nước hoặc Thủ tướng Chính phủ phát động, khi sơ kết, tổng kết"
                    ), B(B.decree91, "Điều 11 khoản 3", .verified))),
        ])
    ]

    // MARK: individual titles

    static let individualTitles: [CatalogueEntry] = [
        CatalogueEntry(
            code: "LDTT", name: "Lao động tiên tiến", shortName: "LĐTT", kind: .title, subjectKinds: [.person],
            level: .grassroots,
            authority: "Thủ trưởng cơ quan, đơn vị"
        ) { _, regime, _ in
            [laborStandard("LDTT-1", regime)]
        },
        CatalogueEntry(
            code: "CSTDCS", name: "Chiến sĩ thi đua cơ sở", shortName: "CSTĐCS", kind: .title, subjectKinds: [.person],
            level: .grassroots,
            authority: "Thủ trưởng cơ quan, đơn vị"
        ) { _, regime, _ in
            if regime.isLaw2022 {
                return [
                    laborStandard(
                        "CSTDCS-1", regime,
                        ratingBasis: B(B.law2022, "Điều 23 khoản 1 (đạt tiêu chuẩn Lao động tiên tiến)", .secondary)),
                    .any([
                        Route(
                            "hoàn thành xuất sắc nhiệm vụ",
                            rule(
                                "CSTDCS-2A", .ratedConsecutively(years: 1, atLeast: .excellent),
                                B(B.law2022, "Điều 23 khoản 2", .secondary))),
                        Route(
                            "có sáng kiến, đề tài",
                            rule(
                                "CSTDCS-2B", .initiatives(count: 1, scope: .grassroots, within: 1, notUsedFor: nil),
                                B(B.law2022, "Điều 23 khoản 2", .secondary))),
                    ]),
                ]
            }
            return [
                laborStandard(
                    "CSTDCS-1", regime,
                    ratingBasis: B(B.decree91, "Điều 9 khoản 3 (đạt tiêu chuẩn Lao động tiên tiến)", .verified)),
                rule(
                    "CSTDCS-2", .initiatives(count: 1, scope: .grassroots, within: 1, notUsedFor: nil),
                    B(B.decree91, "Điều 9 khoản 3", .verified)),
            ]
        },
        CatalogueEntry(
            code: "CSTD_BO", name: "Chiến sĩ thi đua cấp bộ, ngành, tỉnh", shortName: "CSTĐ cấp bộ", kind: .title,
            subjectKinds: [.person],
            level: .ministry,
            authority:
                "Bộ trưởng, thủ trưởng cơ quan trung ương, Chủ tịch UBND tỉnh (Liên minh HTX Việt Nam: Chủ tịch Liên minh)",
            window: 3
        ) { _, regime, _ in
            let basis =
                regime.isLaw2022
                ? B(B.law2022, "Điều 22", .secondary)
                : B(B.decree91, "Điều 9 khoản 2; Luật 2003 (sửa đổi 2013) Điều 22", .verified)
            return [
                rule("CSTDBO-1", .titleConsecutively(code: "CSTDCS", times: 3), basis),
                rule("CSTDBO-2", .initiatives(count: 1, scope: .ministry, within: 3, notUsedFor: nil), basis),
            ]
        },
        CatalogueEntry(
            code: "CSTD_TQ", name: "Chiến sĩ thi đua toàn quốc", shortName: "CSTĐ toàn quốc", kind: .title,
            subjectKinds: [.person],
            level: .national, authority: "Thủ tướng Chính phủ", window: 6
        ) { _, regime, _ in
            let basis = regime.isLaw2022 ? B(B.law2022, "Điều 21", .verified) : B(B.law2013, "Điều 21", .inferred)
            return [
                rule("CSTDTQ-1", .consecutiveAwards(code: "CSTD_BO", times: 2, spacing: 3, latestWithin: 1), basis),
                rule("CSTDTQ-2", .initiatives(count: 1, scope: .national, within: 6, notUsedFor: nil), basis),
            ]
        },
    ]

    // MARK: collective titles

    static let collectiveTitles: [CatalogueEntry] = [
        CatalogueEntry(
            code: "TTLDTT", name: "Tập thể lao động tiên tiến", shortName: "TTLĐTT", kind: .title,
            subjectKinds: [.collective],
            level: .grassroots, authority: "Thủ trưởng cơ quan, đơn vị"
        ) { _, regime, _ in
            if regime.isLaw2022 {
                let basis = B(
                    "Thông tư 01/2024/TT-VPCP (hướng dẫn Luật 06/2022)", "Điều 5; Luật 06/2022 Điều 28", .secondary)
                return [
                    rule("TTLDTT-1", .ratedConsecutively(years: 1, atLeast: .good), basis),
                    rule("TTLDTT-2", .memberShare(.title("LDTT"), percent: 70, strictlyAbove: false), basis),
                    rule("TTLDTT-3", .noMemberDisciplined(manualIfAny: false), basis),
                ]
            }
            return [
                rule("TTLDTT-1", .ratedConsecutively(years: 1, atLeast: .good), B(B.law2013, "Điều 28", .inferred)),
                rule(
                    "TTLDTT-2", .memberShare(.title("LDTT"), percent: 50, strictlyAbove: true),
                    B(B.law2013, "Điều 28", .verified)),
                rule("TTLDTT-3", .noMemberDisciplined(manualIfAny: false), B(B.law2013, "Điều 28", .verified)),
            ]
        },
        CatalogueEntry(
            code: "TTLDXS", name: "Tập thể lao động xuất sắc", shortName: "TTLĐXS", kind: .title,
            subjectKinds: [.collective],
            level: .ministry,
            authority: "Bộ trưởng, thủ trưởng cơ quan trung ương, Chủ tịch UBND tỉnh (cấp quyết định chưa đối chiếu)"
        ) { _, regime, _ in
            let basis =
                regime.isLaw2022
                ? B("Luật 06/2022 Điều 27, theo Thông tư 03/2024/TT-TTCP và 01/2024/TT-BXD", "Điều 5", .secondary)
                : B("Luật 2003 (sửa đổi 2013) Điều 27, theo Thông tư 06/2015/TT-BXD", "", .verified)
            return [
                rule("TTLDXS-1", .ratedConsecutively(years: 1, atLeast: .excellent), basis),
                rule("TTLDXS-2", .memberShare(.completed, percent: 100, strictlyAbove: false), basis),
                rule("TTLDXS-3", .memberShare(.title("LDTT"), percent: 70, strictlyAbove: false), basis),
                rule("TTLDXS-4", .memberCount(.title("CSTDCS"), atLeast: 1), basis),
                regime.isLaw2022
                    // Art. 27(1) lists points a–đ with no discipline clause [V]; the clause was the old law's.
                    // A disciplined member is left to the council rather than ignored.
                    ? rule(
                        "TTLDXS-5", .noMemberDisciplined(manualIfAny: true),
                        B(
                            B.law2022,
                            "Điều 27 khoản 1 (điểm a–đ không có điều kiện về thành viên bị kỷ luật; điều kiện này thuộc luật cũ)",
                            .verified))
                    : rule("TTLDXS-5", .noMemberDisciplined(manualIfAny: false), basis),
            ]
        },
        CatalogueEntry(
            code: "CO_BO", name: "Cờ thi đua cấp bộ, ngành, tỉnh", shortName: "Cờ thi đua cấp bộ", kind: .title,
            subjectKinds: [.collective],
            level: .ministry,
            authority:
                "Bộ trưởng, thủ trưởng cơ quan trung ương, Chủ tịch UBND tỉnh (Liên minh HTX Việt Nam: Chủ tịch Liên minh)"
        ) { _, regime, settings in
            let basis =
                regime.isLaw2022
                ? B(B.law2022, "Điều 26, theo Thông tư 22/2023/TT-BCT Điều 6 và 16/2023/TT-BLĐTBXH Điều 3", .secondary)
                : B(B.law2013, "Điều 26", .inferred)
            var leader: [Condition] = [
                rule(
                    "COBO-1",
                    .manual("được khối, cụm thi đua bình xét, suy tôn là tập thể dẫn đầu (mỗi khối, cụm một tập thể)"),
                    basis),
                rule(
                    "COBO-2",
                    .manual(
                        "hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao trong năm; là tập thể tiêu biểu"
                    ), basis),
            ]
            if settings.coBoRequiresTTLDXS {
                leader.append(
                    rule(
                        "COBO-3", .titleCount(code: "TTLDXS", times: 1, within: 1),
                        B("Thông tư 22/2023/TT-BCT", "Điều 6 (áp dụng theo cài đặt của tổ chức)", .secondary)))
            }
            return [
                .any([
                    Route("dẫn đầu khối, cụm thi đua", .all(leader)),
                    Route(
                        "dẫn đầu phong trào thi đua chuyên đề từ 3 năm trở lên",
                        rule(
                            "COBO-4",
                            .manual(
                                "là tập thể dẫn đầu phong trào thi đua theo chuyên đề do bộ, tỉnh phát động từ 3 năm trở lên, khi sơ kết, tổng kết"
                            ), basis)),
                ])
            ]
        },
        CatalogueEntry(
            code: "CO_CP", name: "Cờ thi đua của Chính phủ", shortName: "Cờ thi đua của Chính phủ", kind: .title,
            subjectKinds: [.collective],
            level: .national, authority: "Thủ tướng Chính phủ"
        ) { _, regime, _ in
            guard regime.isLaw2022 else { return oldGovernmentFlag }
            let basis = B(B.law2022, "Điều 25", .verified)
            return [
                .any([
                    Route(
                        "khoản 1: dẫn đầu khối, cụm do bộ, tỉnh tổ chức",
                        .all([
                            rule(
                                "COCP-1",
                                .manual(
                                    "được lựa chọn trong các tập thể dẫn đầu khối, cụm thi đua do bộ, ngành, tỉnh tổ chức"
                                ), basis),
                            rule(
                                "COCP-2",
                                .manual(
                                    "có thành tích xuất sắc, hoàn thành vượt mức chỉ tiêu, nhiệm vụ của năm; nội bộ đoàn kết, tổ chức đảng, đoàn thể trong sạch, vững mạnh; đi đầu thực hành tiết kiệm, chống lãng phí, tham nhũng, tiêu cực"
                                ), basis),
                        ])),
                    Route(
                        "khoản 2: dẫn đầu khối, cụm do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức",
                        rule(
                            "COCP-3",
                            .manual(
                                "là tập thể dẫn đầu khối, cụm thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức"
                            ), basis)),
                    Route(
                        "khoản 3: dẫn đầu phong trào do Thủ tướng phát động từ 5 năm trở lên",
                        rule(
                            "COCP-4",
                            .manual(
                                "là tập thể dẫn đầu phong trào thi đua do Thủ tướng Chính phủ phát động từ 5 năm trở lên, khi sơ kết, tổng kết"
                            ), basis)),
                ])
            ]
        },
    ]

    // MARK: award forms

    static let awards: [CatalogueEntry] = [
        CatalogueEntry(
            code: "GK", name: "Giấy khen", shortName: "Giấy khen", kind: .award, subjectKinds: [.person, .collective],
            level: .grassroots,
            authority: "Thủ trưởng cơ quan, đơn vị"
        ) { kind, regime, _ in
            [
                notFound(
                    "GK-1", "Tiêu chuẩn Giấy khen cho \(kind == .person ? "cá nhân" : "tập thể")",
                    regime.isLaw2022 ? B.law2022 : B.law2013, "Điều 75 (dự kiến)")
            ]
        },
        CatalogueEntry(
            code: "BK_BO", name: "Bằng khen cấp bộ, ngành, tỉnh", shortName: "Bằng khen cấp bộ", kind: .award,
            subjectKinds: [.person, .collective],
            level: .ministry,
            authority:
                "Bộ trưởng, thủ trưởng cơ quan trung ương, Chủ tịch UBND tỉnh (Liên minh HTX Việt Nam: Chủ tịch Liên minh)",
            window: 2
        ) { kind, regime, _ in
            guard regime.isLaw2022 else {
                return [
                    notFound(
                        "BKBO-CU", "Tiêu chuẩn Bằng khen cấp bộ theo chế độ cũ", B.decree91,
                        "quy định về Bằng khen cấp bộ, ngành, tỉnh")
                ]
            }
            guard kind == .person else {
                return [
                    notFound(
                        "BKBO-TT", "Tiêu chuẩn Bằng khen cấp bộ cho tập thể, hộ gia đình", B.law2022,
                        "Điều 74 khoản 2–4")
                ]
            }
            let basis = B(B.law2022, "Điều 74 khoản 1", .secondary)
            return [
                .any([
                    Route(
                        "(a) thành tích xuất sắc trong phong trào thi đua do bộ, tỉnh phát động",
                        rule(
                            "BKBO-1A",
                            .manual(
                                "có thành tích xuất sắc được bình xét trong phong trào thi đua do bộ, ngành, tỉnh phát động"
                            ), basis)),
                    Route(
                        "(b) thành tích có ảnh hưởng trong lĩnh vực",
                        rule(
                            "BKBO-1B",
                            .manual(
                                "lập được thành tích, thành tích đột xuất có ảnh hưởng trong một lĩnh vực thuộc bộ, ngành, tỉnh quản lý"
                            ), basis)),
                    Route(
                        "(c) đóng góp lớn",
                        rule(
                            "BKBO-1C",
                            .manual(
                                "có đóng góp lớn vào phát triển kinh tế - xã hội, ứng dụng khoa học công nghệ, công tác xã hội, từ thiện nhân đạo"
                            ), basis)),
                    Route(
                        "(d) hai năm liên tục",
                        .all([
                            .any([
                                Route(
                                    "2 lần liên tục CSTĐCS",
                                    rule("BKBO-1D1", .titleConsecutively(code: "CSTDCS", times: 2), basis)),
                                Route(
                                    "2 năm liên tục hoàn thành xuất sắc nhiệm vụ",
                                    rule("BKBO-1D2", .ratedConsecutively(years: 2, atLeast: .excellent), basis)),
                            ]),
                            rule(
                                "BKBO-1D3", .initiatives(count: 2, scope: .grassroots, within: 2, notUsedFor: "CSTDCS"),
                                basis),
                        ])),
                ])
            ]
        },
        CatalogueEntry(
            code: "BK_TTG", name: "Bằng khen của Thủ tướng Chính phủ", shortName: "Bằng khen Thủ tướng", kind: .award,
            subjectKinds: [.person, .collective],
            level: .national, authority: "Thủ tướng Chính phủ", window: 5
        ) { kind, regime, _ in
            guard kind == .person else {
                return [
                    notFound(
                        "BKTTG-TT", "Tiêu chuẩn Bằng khen Thủ tướng cho tập thể",
                        regime.isLaw2022 ? B.law2022 : B.law2013,
                        regime.isLaw2022 ? "Điều 73 khoản 2" : "quy định về Bằng khen Thủ tướng")
                ]
            }
            if regime.isLaw2022 {
                let basis = B(B.law2022, "Điều 73 khoản 1 điểm b", .verified)
                return [
                    .any([
                        Route(
                            "(b) sau Bằng khen cấp bộ, 5 năm liên tục",
                            .all([
                                rule("BKTTG-1", .heldBefore(code: "BK_BO", yearsAfter: 5), basis),
                                rule("BKTTG-2", .ratedConsecutively(years: 5, atLeast: .good), basis),
                                rule("BKTTG-3", .titleCount(code: "CSTDCS", times: 3, within: 5), basis),
                            ])),
                        Route(
                            "các tiêu chuẩn khác của khoản 1",
                            notFound(
                                "BKTTG-KHAC",
                                "Đạt một tiêu chuẩn khác của khoản 1 (ngoài điểm b), do hội đồng nhận định",
                                B.law2022, "Điều 73 khoản 1 (các điểm khác điểm b)")),
                    ])
                ]
            }
            let basis = B(B.decree91, "Điều 38 khoản 1 điểm c", .verified)
            return [
                .any([
                    Route(
                        "(a) thành tích xuất sắc trong phong trào thi đua từ 3 năm trở lên",
                        rule(
                            "BKTTG-1A",
                            .manual(
                                "có thành tích xuất sắc được bình xét trong phong trào thi đua do Hội đồng Thi đua - Khen thưởng Trung ương hoặc bộ, ngành, tỉnh, đoàn thể trung ương phát động, thời gian từ 3 năm trở lên"
                            ), B(B.decree91, "Điều 38 khoản 1 điểm a", .secondary))),
                    Route(
                        "(b) nhiều thành tích, thành tích có phạm vi ảnh hưởng",
                        rule(
                            "BKTTG-1B",
                            .manual(
                                "lập được nhiều thành tích hoặc thành tích có phạm vi ảnh hưởng trong bộ, ngành, tỉnh, đoàn thể trung ương"
                            ), B(B.decree91, "Điều 38 khoản 1 điểm b", .secondary))),
                    Route(
                        "(c) sau Bằng khen cấp bộ, 5 năm liên tục",
                        .all([
                            rule("BKTTG-1", .heldBefore(code: "BK_BO", yearsAfter: 5), basis),
                            rule("BKTTG-2", .ratedConsecutively(years: 5, atLeast: .excellent), basis),
                            rule(
                                "BKTTG-3", .initiatives(count: 5, scope: .grassroots, within: 5, notUsedFor: nil),
                                basis),
                        ])),
                ])
            ]
        },
        CatalogueEntry(
            code: "HCLD3", name: "Huân chương Lao động hạng Ba", shortName: "Huân chương Lao động hạng Ba",
            kind: .award,
            subjectKinds: [.person, .collective], level: .state, authority: "Chủ tịch nước", window: 5
        ) { kind, regime, settings in
            guard kind == .person else {
                return [
                    notFound(
                        "HCLD3-TT", "Tiêu chuẩn Huân chương Lao động hạng Ba cho tập thể",
                        regime.isLaw2022 ? B.law2022 : B.law2013, "Điều 44 khoản 2")
                ]
            }
            guard regime.isLaw2022 else {
                return [
                    notFound("HCLD3-CU", "Tiêu chuẩn Huân chương Lao động hạng Ba theo chế độ cũ", B.law2013, "Điều 44")
                ]
            }
            let basis = B(B.law2022, "Điều 44 khoản 1 điểm e", .secondary)
            let merit: Condition = .all([
                rule("HCLD3-1", .heldBefore(code: "BK_TTG", yearsAfter: 5), basis),
                rule("HCLD3-2", .ratedConsecutively(years: 5, atLeast: .good), basis),
                rule("HCLD3-3", .ratedOnce(rating: .excellent, within: 5), basis),
                rule("HCLD3-4", .titleCount(code: "CSTDCS", times: 3, within: 5), basis),
            ])
            return [
                .any([
                    Route("thành tích (điểm e)", merit),
                    Route("quá trình cống hiến (điểm g)", longService(regime, settings)),
                ])
            ]
        },
        CatalogueEntry(
            code: "HCLD2", name: "Huân chương Lao động hạng Nhì", shortName: "Huân chương Lao động hạng Nhì",
            kind: .award,
            subjectKinds: [.person, .collective], level: .state, authority: "Chủ tịch nước", window: 5
        ) { kind, regime, _ in
            [
                notFound(
                    "HCLD2-1",
                    "Tiêu chuẩn Huân chương Lao động hạng Nhì cho \(kind == .person ? "cá nhân" : "tập thể")",
                    regime.isLaw2022 ? B.law2022 : B.law2013, "điều về Huân chương Lao động hạng Nhì")
            ]
        },
        CatalogueEntry(
            code: "HCLD1", name: "Huân chương Lao động hạng Nhất", shortName: "Huân chương Lao động hạng Nhất",
            kind: .award,
            subjectKinds: [.person, .collective], level: .state, authority: "Chủ tịch nước", window: 5
        ) { kind, regime, _ in
            [
                notFound(
                    "HCLD1-1",
                    "Tiêu chuẩn Huân chương Lao động hạng Nhất cho \(kind == .person ? "cá nhân" : "tập thể")",
                    regime.isLaw2022 ? B.law2022 : B.law2013, "điều về Huân chương Lao động hạng Nhất")
            ]
        },
    ]
}
