/// The Vietnamese sentences: what a check asks (for docs/LEGAL.md), and what it found in one history.
extension Check {
    /// The check as a sentence, independent of any subject.
    public func description(_ name: (String) -> String) -> String {
        switch self {
        case .ratedConsecutively(let years, let minimum):
            return years == 1
                ? "Năm xét được xếp loại “\(minimum.phrase)” trở lên"
                : "\(years) năm liên tục đến năm xét được xếp loại “\(minimum.phrase)” trở lên"
        case .ratedOnce(let rating, let within):
            return "Trong \(within) năm đó có ít nhất 1 năm “\(rating.phrase)”"
        case .titleConsecutively(let code, let times):
            return "\(times) năm liên tục đến năm xét đạt \(name(code))"
        case .titleCount(let code, let times, let within):
            return "Đạt \(name(code)) ít nhất \(times) lần trong \(within) năm đến năm xét"
        case .consecutiveAwards(let code, let times, let spacing, let latestWithin):
            let latest =
                latestWithin == 0
                ? "lần sau cùng vào năm xét" : "lần sau cùng vào năm xét hoặc \(latestWithin) năm trước đó"
            return "\(times) lần liên tục đạt \(name(code)) (cách nhau \(spacing) năm), \(latest)"
        case .heldBefore(let code, let yearsAfter):
            return "Đã có \(name(code)), sau đó ít nhất \(yearsAfter) năm đến năm xét"
        case .initiatives(let count, let scope, let within, let notUsedFor):
            let scopeText =
                scope == .grassroots
                ? "được công nhận cấp cơ sở trở lên"
                : scope == .ministry
                    ? "có phạm vi ảnh hưởng cấp bộ, ngành, tỉnh trở lên" : "có phạm vi ảnh hưởng toàn quốc"
            let period = within == 1 ? "trong năm xét" : "trong \(within) năm đến năm xét"
            let reuse = notUsedFor.map { "; sáng kiến đã dùng để đạt \(name($0)) không được tính lại" } ?? ""
            return "Có \(count) sáng kiến, đề tài \(scopeText) \(period)\(reuse)"
        case .noDiscipline(let within):
            return within == 1
                ? "Không bị kỷ luật trong năm xét (thành tích chỉ tính từ khi hết thời hạn kỷ luật)"
                : "Không bị kỷ luật trong \(within) năm đến năm xét (thành tích chỉ tính từ khi hết thời hạn kỷ luật)"
        case .noPending:
            return "Không đang bị điều tra, thanh tra, kiểm tra hay có khiếu nại, tố cáo đang xác minh"
        case .memberShare(let measure, let percent, let strictlyAbove):
            return
                "\(strictlyAbove ? "Trên" : "Từ") \(percent)% thành viên \(measure.phrase(name))\(strictlyAbove ? "" : " trở lên")"
        case .memberCount(let measure, let atLeast):
            return "Có ít nhất \(atLeast) thành viên \(measure.phrase(name))"
        case .noMemberDisciplined:
            return "Không có thành viên bị kỷ luật từ cảnh cáo trở lên trong năm"
        case .subjectKind(let kind):
            return "Chỉ xét cho \(kind == .person ? "cá nhân" : "tập thể")"
        case .category(let categories):
            return "Đối tượng là \(categories.map { $0.vietnamese.lowercased() }.joined(separator: "; "))"
        case .manual(let text):
            return text
        }
    }

    /// What this history shows, with the facts: years held, years missing, what did not count and why.
    public func explain(_ h: CompactHistory, _ c: EvaluationContext, truth: Truth, _ name: (String) -> String) -> String
    {
        switch self {
        case .ratedConsecutively(let years, let minimum):
            let window = Array((c.year - years + 1)...c.year)
            let good = window.filter { $0 >= c.from && (h.rating(in: $0).map { $0 >= minimum } ?? false) }
            let bad = window.filter { !good.contains($0) && $0 >= c.from }.map { y in
                "năm \(y): " + (h.rating(in: y).map { "“\($0.phrase)”" } ?? "chưa có xếp loại")
            }
            if years == 1 {
                return h.rating(in: c.year).map {
                    "Năm \(c.year) xếp loại “\($0.phrase)”"
                        + (truth == .holds ? "." : ", chưa đạt “\(minimum.phrase)”.")
                }
                    ?? "Năm \(c.year) chưa có xếp loại."
            }
            return "Có \(good.count)/\(years) năm (\(window.first!)–\(c.year)) xếp loại “\(minimum.phrase)” trở lên"
                + (good.isEmpty ? "" : " (\(list(good)))") + (bad.isEmpty ? "" : "; \(bad.joined(separator: ", "))")
                + spent(window, c) + "."
        case .ratedOnce(let rating, let within):
            let window = Array((c.year - within + 1)...c.year)
            let hits = window.filter { $0 >= c.from && (h.rating(in: $0).map { $0 >= rating } ?? false) }
            return
                (hits.isEmpty
                ? "Trong \(window.first!)–\(c.year) chưa có năm nào “\(rating.phrase)”"
                : "Năm “\(rating.phrase)”: \(list(hits))") + spent(window, c) + "."
        case .titleConsecutively(let code, let times):
            let window = Array((c.year - times + 1)...c.year)
            let held = window.filter { $0 >= c.from && h.holds(code, in: $0) }
            let missing = window.filter { !held.contains($0) && $0 >= c.from }
            return "Có \(held.count)/\(times) năm liên tục đạt \(name(code))" + (held.isEmpty ? "" : " (\(list(held)))")
                + (missing.isEmpty ? "" : "; thiếu năm \(list(missing))") + spent(window, c) + "."
                + ignored(h, code, window, name)
        case .titleCount(let code, let times, let within):
            let window = Array((c.year - within + 1)...c.year)
            let held = window.filter { $0 >= c.from && h.holds(code, in: $0) }
            return "Đạt \(name(code)) \(held.count)/\(times) lần trong \(window.first!)–\(c.year)"
                + (held.isEmpty ? "" : " (\(list(held)))") + spent(window, c) + "."
                + ignored(h, code, window, name)
        case .consecutiveAwards(let code, let times, let spacing, let latestWithin):
            let all = h.achievements.filter { $0.code == code && $0.counts(meritOnly: true) && $0.year >= c.from }
                .map(\.year).sorted()
            if let end = Check.awardChainEnd(
                h, code: code, times: times, spacing: spacing, from: c.year - latestWithin, to: c.year, floor: c.from)
            {
                let years = (0..<times).map { end - $0 * spacing }.reversed()
                return "Có \(times) lần liên tục đạt \(name(code)): \(list(Array(years)))."
            }
            let have = all.isEmpty ? "chưa có lần nào" : "có năm \(list(all))"
            return
                "Chưa đủ \(times) lần liên tục đạt \(name(code)) (cách nhau \(spacing) năm, lần sau cùng từ năm \(c.year - latestWithin)): \(have)."
                + ignored(h, code, nil, name)
        case .heldBefore(let code, let yearsAfter):
            let valid = h.achievements.filter { $0.code == code && $0.counts(meritOnly: true) && $0.year >= c.from }
                .map(\.year).sorted()
            if let year = valid.last(where: { $0 <= c.year - yearsAfter }) {
                return "Có \(name(code)) năm \(year); từ đó đến \(c.year) đủ \(yearsAfter) năm."
            }
            if let year = valid.last {
                return
                    "Có \(name(code)) năm \(year), nhưng chưa đủ \(yearsAfter) năm sau đó (cần xét từ năm \(year + yearsAfter))."
                    + ignored(h, code, nil, name)
            }
            return "Chưa có \(name(code))." + ignored(h, code, nil, name)
        case .initiatives(let count, let scope, let within, let notUsedFor):
            let from = max(c.year - within + 1, c.from)
            let found = h.initiatives.filter { $0.year >= from && $0.year <= c.year && $0.scope >= scope }
            let available = Check.availableInitiatives(h, scope: scope, from: from, to: c.year, notUsedFor: notUsedFor)
            let period = from == c.year ? "năm \(c.year)" : "\(from)–\(c.year)"
            var text =
                "Có \(found.count) sáng kiến, đề tài từ \(scope.phrase) trở lên trong \(period)"
                + (found.isEmpty ? "" : " (\(list(found.map(\.year))))")
            if let code = notUsedFor, available != found.count {
                text += "; \(found.count - available) đã dùng để đạt \(name(code)) nên còn \(available)"
            }
            return text + "; cần \(count)."
        case .noDiscipline(let within):
            let start = c.windowStart(within)
            let blocking = h.discipline.filter { $0.to == nil || $0.overlaps(start, c.yearEnd) }
            let window = within == 1 ? "năm \(c.year)" : "thời gian xét \(start.year)–\(c.year)"
            if let d = blocking.first {
                let period =
                    d.to.map { "từ \(d.from.vietnamese) đến \($0.vietnamese)" }
                    ?? "từ \(d.from.vietnamese), chưa hết thời hạn"
                return "Bị kỷ luật \(period), trùng \(window); thành tích chỉ được tính từ khi hết thời hạn kỷ luật."
            }
            if let last = h.discipline.compactMap(\.to).max() {
                return "Kỷ luật gần nhất đã hết thời hạn ngày \(last.vietnamese), trước \(window)."
            }
            return "Không có kỷ luật."
        case .noPending:
            if let p = h.pending.first(where: { $0.span.overlaps(c.referenceDate, c.referenceDate) }) {
                return "\(p.kind.vietnamese) từ \(p.span.from.vietnamese)"
                    + (p.span.to.map { " đến \($0.vietnamese)" } ?? ", chưa kết thúc")
                    + ": chưa được đề nghị khen thưởng cho đến khi có kết luận."
            }
            return "Không có việc đang bị điều tra, thanh tra hay khiếu nại vào ngày \(c.referenceDate.vietnamese)."
        case .memberShare(let measure, let percent, _):
            guard let m = h.members, m.total > 0 else { return "Chưa có số thành viên của tập thể: cần nhập để xét." }
            guard let n = Check.count(m, measure) else {
                return "Chưa có số thành viên \(measure.phrase(name)): cần nhập để xét."
            }
            return "\(n)/\(m.total) thành viên \(measure.phrase(name)) (\(percentText(n, m.total))); cần \(percent)%."
        case .memberCount(let measure, let atLeast):
            guard let n = h.members.flatMap({ Check.count($0, measure) }) else {
                return "Chưa có số thành viên \(measure.phrase(name)): cần nhập để xét."
            }
            return "Có \(n) thành viên \(measure.phrase(name)); cần ít nhất \(atLeast)."
        case .noMemberDisciplined(let manualIfAny):
            guard let n = h.members?.disciplined else {
                return "Chưa có số thành viên bị kỷ luật: cần xác nhận không có ai bị kỷ luật từ cảnh cáo trở lên."
            }
            if n == 0 { return "Không có thành viên bị kỷ luật từ cảnh cáo trở lên." }
            return "Có \(n) thành viên bị kỷ luật từ cảnh cáo trở lên"
                + (manualIfAny ? "; luật mới chưa rõ điều này có loại trừ hay không: cần hội đồng xem xét." : ".")
        case .subjectKind(let kind):
            return truth == .holds
                ? "Đối tượng là \(kind == .person ? "cá nhân" : "tập thể")."
                : "Danh hiệu, hình thức này chỉ xét cho \(kind == .person ? "cá nhân" : "tập thể")."
        case .category:
            let recorded = h.category == nil ? " (chưa ghi đối tượng: coi là viên chức)" : ""
            return "Đối tượng: \(h.personCategory.vietnamese.lowercased())\(recorded)"
                + (truth == .holds ? "." : ": không áp dụng phương án này.")
        case .manual(let text):
            // The outcome ("Cần xác nhận") is shown beside the text by whoever prints it.
            return text.prefix(1).uppercased() + text.dropFirst() + "."
        }
    }

    /// Whether the check reads years before the context's cycle start, so that the cycle changed its answer.
    func reachesBefore(_ c: EvaluationContext) -> Bool {
        switch self {
        case .ratedConsecutively(let years, _): return c.year - years + 1 < c.from
        case .ratedOnce(_, let within), .titleCount(_, _, let within), .initiatives(_, _, let within, _):
            return c.year - within + 1 < c.from
        case .titleConsecutively(_, let times): return c.year - times + 1 < c.from
        case .consecutiveAwards(_, let times, let spacing, let latestWithin):
            return c.year - latestWithin - (times - 1) * spacing < c.from
        case .heldBefore: return true
        case .noDiscipline, .noPending, .memberShare, .memberCount, .noMemberDisciplined, .subjectKind, .category,
            .manual:
            return false
        }
    }

    private func list(_ years: [Int]) -> String { years.map(String.init).joined(separator: ", ") }

    /// The years of a window that a cycle has already spent.
    private func spent(_ window: [Int], _ c: EvaluationContext) -> String {
        let spent = window.filter { $0 < c.from }
        return spent.isEmpty ? "" : "; năm \(list(spent)) đã tính cho lần khen trước"
    }

    private func percentText(_ n: Int, _ total: Int) -> String {
        let tenths = (n * 1000 + total / 2) / total
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10),\(tenths % 10)%"
    }

    /// Titles or awards of `code` that exist but do not count, and why.
    private func ignored(_ h: CompactHistory, _ code: String, _ years: [Int]?, _ name: (String) -> String) -> String {
        let notes = h.achievements.filter {
            $0.code == code && !$0.counts(meritOnly: true) && (years?.contains($0.year) ?? true)
        }.map { a in
            a.revoked
                ? "\(name(code)) năm \(a.year) đã bị thu hồi nên không được tính"
                : "\(name(code)) năm \(a.year) là khen thưởng \(a.type.vietnamese.lowercased()), không được dùng làm căn cứ khen thưởng theo công trạng"
        }
        return notes.isEmpty ? "" : " " + notes.joined(separator: "; ") + "."
    }
}

extension Rating {
    /// The rating inside a sentence.
    var phrase: String { vietnamese.prefix(1).lowercased() + vietnamese.dropFirst() }
}

extension InitiativeScope {
    var phrase: String {
        switch self {
        case .grassroots: return "cấp cơ sở"
        case .ministry: return "cấp bộ, ngành, tỉnh"
        case .national: return "toàn quốc"
        }
    }
}

extension MemberMeasure {
    func phrase(_ name: (String) -> String) -> String {
        switch self {
        case .completed: return "hoàn thành nhiệm vụ"
        case .title(let code): return "đạt \(name(code))"
        }
    }
}
