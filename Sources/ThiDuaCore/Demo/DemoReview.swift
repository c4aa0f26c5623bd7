import Foundation

/// The bloc's review of 2022, held on 06/01/2023 under the bloc head (the Cooperative Development Fund): a
/// 100-point table with bonus and penalty, the 15 self-assessments with evidence, the cross-scoring, the
/// secretary's decisions, the published ranking, and the two ballots of the meeting: the leading unit, cast
/// electronically by the units' representatives, and the Alliance's certificates of merit, counted on paper.
enum DemoReview {
    static let year = 2022
    static let meeting = LocalDate(year: 2023, month: 1, day: 6)!

    static let table = CriteriaSet(
        groups: [
            CriterionGroup(
                code: "I", title: "Công tác tổ chức phong trào thi đua", maxPoints: 3000,
                criteria: [
                    ScoringCriterion(
                        code: "1.1", title: "Xây dựng kế hoạch, phát động phong trào thi đua năm và theo đợt",
                        maxPoints: 1000, guidance: "Kế hoạch, quyết định phát động của đơn vị.", evidenceRequired: true),
                    ScoringCriterion(
                        code: "1.2", title: "Hưởng ứng các đợt thi đua chào mừng các ngày lễ lớn", maxPoints: 1000,
                        guidance: "Mỗi đợt khối phát động mà đơn vị không hưởng ứng trừ 2 điểm."),
                    ScoringCriterion(
                        code: "1.3", title: "Đăng ký thi đua, ký giao ước thi đua đúng hạn", maxPoints: 500),
                    ScoringCriterion(
                        code: "1.4", title: "Sơ kết, tổng kết; phát hiện, nhân rộng điển hình tiên tiến",
                        maxPoints: 500),
                ]),
            CriterionGroup(
                code: "II", title: "Kết quả thực hiện nhiệm vụ chuyên môn", maxPoints: 5000,
                criteria: [
                    ScoringCriterion(
                        code: "2.1", title: "Hoàn thành các chỉ tiêu kế hoạch công tác năm được giao", maxPoints: 3000,
                        guidance: "Báo cáo kết quả thực hiện kế hoạch năm có xác nhận của Thường trực Liên minh.",
                        evidenceRequired: true),
                    ScoringCriterion(
                        code: "2.2",
                        title: "Tham mưu cho Thường trực Liên minh về phát triển kinh tế tập thể, hợp tác xã",
                        maxPoints: 1000),
                    ScoringCriterion(
                        code: "2.3", title: "Ứng dụng khoa học công nghệ, chuyển đổi số trong quản trị, điều hành",
                        maxPoints: 1000),
                ]),
            CriterionGroup(
                code: "III", title: "Xây dựng cơ quan, đơn vị và các tổ chức đoàn thể", maxPoints: 2000,
                criteria: [
                    ScoringCriterion(
                        code: "3.1", title: "Chấp hành chủ trương, chính sách, pháp luật và nội quy cơ quan",
                        maxPoints: 1000),
                    ScoringCriterion(
                        code: "3.2", title: "Hoạt động của tổ chức Đảng, Công đoàn, Đoàn Thanh niên", maxPoints: 500),
                    ScoringCriterion(
                        code: "3.3", title: "Báo cáo, hồ sơ thi đua, khen thưởng đầy đủ, đúng hạn", maxPoints: 500),
                ]),
        ],
        bonus: [
            ScoringCriterion(
                code: "T1", title: "Sáng kiến, mô hình mới được cấp có thẩm quyền công nhận", maxPoints: 300,
                kind: .bonus),
            ScoringCriterion(code: "T2", title: "Được cấp trên khen thưởng đột xuất", maxPoints: 200, kind: .bonus),
        ], bonusCap: 500,
        penalty: [
            ScoringCriterion(
                code: "TR1", title: "Gửi báo cáo, hồ sơ chậm so với quy định", maxPoints: 200, kind: .penalty),
            ScoringCriterion(
                code: "TR2", title: "Để xảy ra vi phạm bị cấp có thẩm quyền xử lý", maxPoints: 500, kind: .penalty),
        ], penaltyCap: 500)

    static let secretary = "thuky"

    /// The report's written parts, in the words of the seed article.
    static let narrative = ReviewNarrative(
        situation:
            "Hơn 4 tháng đầu năm 2022, dịch bệnh Covid-19 vẫn diễn biến phức tạp gây ảnh hưởng tiêu cực đến hoạt động sản xuất kinh doanh, sinh kế và đời sống nhân dân, trong đó, khu vực kinh tế tập thể, hợp tác xã chịu rất nhiều khó khăn, thiệt hại. Trước bối cảnh trên, dưới sự lãnh đạo, chỉ đạo của Ban Chấp hành Liên minh Hợp tác xã Việt Nam, các đơn vị sự nghiệp, doanh nghiệp trực thuộc đã tích cực tuyên truyền, vận động, nâng cao tinh thần đoàn kết, lao động sáng tạo, khắc phục khó khăn, thách thức, nỗ lực triển khai thực hiện tốt các nhiệm vụ chính trị được giao và đạt được nhiều kết quả nổi bật.",
        direction:
            "Trong năm 2022, Khối thi đua đã xác định rõ nhiệm vụ trọng tâm, tập trung chỉ đạo công tác thi đua hoàn thành tốt nhiệm vụ chuyên môn, góp sức hoàn thành kế hoạch chung của Liên minh Hợp tác xã Việt Nam. Khối thi đua đã tập trung tuyên truyền, phổ biến đầy đủ Quy chế thi đua khen thưởng của Liên minh Hợp tác xã Việt Nam; Luật Thi đua, khen thưởng và các văn bản hướng dẫn, thực hiện của các cấp về thi đua, khen thưởng với các hình thức, nội dung phong phú, phù hợp với điều kiện của từng đơn vị.",
        assessment:
            "Các đơn vị gắn việc thực hiện nhiệm vụ chính trị của cơ quan, đơn vị với việc đẩy mạnh phong trào thi đua lập thành tích xuất sắc nhiệm vụ chính trị được giao; các phong trào thi đua được tổ chức sôi nổi, thiết thực, hiệu quả.",
        nextYear:
            "Trong năm 2023, Khối thi đua sẽ tiếp tục đẩy mạnh tuyên truyền chủ trương của Đảng, chính sách của Nhà nước về phát triển kinh tế tập thể; tăng cường tham mưu cho Thường trực Liên minh Hợp tác xã Việt Nam về chiến lược phát triển kinh tế tập thể, hợp tác xã và chiến lược phát triển hệ thống Liên minh Hợp tác xã; chủ động xây dựng chương trình kế hoạch công tác năm theo chức năng, nhiệm vụ; cùng với các Ban tham mưu của Liên minh Hợp tác xã Việt Nam thực hiện có hiệu quả các chương trình phối hợp giữa Liên minh Hợp tác xã Việt Nam với các Bộ, ngành nhằm củng cố, đổi mới và nâng cao hiệu quả hoạt động của đơn vị; tiếp tục rà soát, kiện toàn, sắp xếp cơ cấu tổ chức, nhân sự theo vị trí việc làm; đẩy mạnh nghiên cứu, ứng dụng khoa học công nghệ, chương trình chuyển đổi số vào thực tiễn quản trị, điều hành; tăng cường lãnh đạo, chỉ đạo các tổ chức đoàn thể hoạt động tích cực, hiệu quả, tham gia hoàn thành xuất sắc nhiệm vụ chính trị của cơ quan.",
        proposals:
            "Đề nghị Thường trực Liên minh Hợp tác xã Việt Nam xem xét, khen thưởng các đơn vị được Khối thi đua suy tôn tại hội nghị tổng kết:"
    )

    static func load(into tx: any DataStore, bloc: UUID, members: [OrgUnit]) async throws {
        func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }
        var rng = SplitMix64(seed: 6_012_023)
        try await tx.reviewCriteria.insert(
            ReviewCriteria(blocID: bloc, year: year, set: table, scoringOpenedOn: day(2022, 11, 15)))
        let order = members.map(\.id)
        let assignment = ReviewerAssignment.balanced(order, perUnit: 2, seed: 2022)
        var review = BlocReview(
            blocID: bloc, year: year,
            settings: ReviewSettings(deadline: day(2022, 12, 20), method: .mean, margin: 200),
            assignments: order.map { ReviewAssignment(unit: $0, reviewers: assignment[$0] ?? []) })

        // Self-scores: the head unit near the top, the rest between 85% and 100% of each maximum, in quarter points.
        var selfScores: [UUID: [String: Int]] = [:]
        for (i, unit) in members.enumerated() {
            var scores: [String: Int] = [:]
            for c in table.groups.flatMap(\.criteria) {
                let floor = i == 0 ? 95 : 85
                let percent = floor + Int(rng.next() % UInt64(101 - floor))
                scores[c.code] = min(c.maxPoints, (c.maxPoints * percent / 100) / 25 * 25)
            }
            if rng.next() % 3 == 0 { scores["T1"] = 300 }
            if i == 0 || rng.next() % 5 == 0 { scores["T2"] = 200 }
            if i == 11 { scores["TR1"] = 200 }
            selfScores[unit.id] = scores
            let evidence = { (code: String, title: String) -> EvidenceRef in
                let file = DemoEvidence.pdf(title: "\(title) - \(unit.code) - nam \(year)")
                return EvidenceRef(
                    sha256: SHA256Hash.hex(file), filename: "\(code)-\(unit.code).pdf", kind: .pdf, size: file.count)
            }
            for (code, title) in [("1.1", "Ke hoach thi dua"), ("2.1", "Bao cao ket qua ke hoach")] {
                let file = DemoEvidence.pdf(title: "\(title) - \(unit.code) - nam \(year)")
                try await tx.evidence.store(EvidenceFile(sha256: SHA256Hash.hex(file), kind: .pdf, data: file))
            }
            let lines = table.criteria.compactMap { c -> AssessmentLine? in
                guard let p = scores[c.code] else {
                    return c.kind == .normal ? AssessmentLine(code: c.code, points: 0) : nil
                }
                let files =
                    c.code == "1.1"
                    ? [evidence("1.1", "Ke hoach thi dua")]
                    : c.code == "2.1" ? [evidence("2.1", "Bao cao ket qua ke hoach")] : []
                return AssessmentLine(
                    code: c.code, points: p, explanation: c.kind == .normal ? "Đơn vị đã thực hiện đầy đủ." : c.title,
                    evidence: files)
            }
            // One unit submitted two days after the deadline.
            let submitted = i == 13 ? day(2022, 12, 22) : day(2022, 12, 10 + i % 10)
            try await tx.assessments.insert(
                UnitAssessment(
                    blocID: bloc, year: year, unitID: unit.id, lines: lines, status: .submitted,
                    submittedOn: submitted, late: submitted > day(2022, 12, 20)))
        }

        // Reviewers confirm most lines and take off a little where evidence is thin; one is far off on 2.1.
        for (i, unit) in members.enumerated() {
            for reviewer in review.reviewers(of: unit.id) {
                var scores = selfScores[unit.id] ?? [:]
                for (code, points) in scores where rng.next() % 4 == 0 {
                    scores[code] = max(0, points - 25 * Int(1 + rng.next() % 4))
                }
                if i == 4 { scores["2.1"] = max(0, (scores["2.1"] ?? 0) - 400) }
                try await tx.peerReviews.insert(
                    PeerReview(blocID: bloc, year: year, reviewerID: reviewer, unitID: unit.id, scores: scores))
            }
        }
        try await tx.blocReviews.insert(review)

        // The secretary settles every difference above the margin, then publishes at the meeting.
        let admin = Account(username: secretary, displayName: "Thư ký Khối thi đua", role: .admin)
        var results = try await ReviewResultsService(store: tx, account: admin).results(bloc: bloc, year: year)
        for u in results.units {
            for c in u.criteria where c.differs {
                review.decisions.append(
                    UnitDecision(
                        unit: u.unit.id, code: c.code, points: c.byMethod[.median] ?? 0,
                        reason: "Đối chiếu minh chứng tại cuộc kiểm tra chéo: lấy trung vị điểm chấm chéo.",
                        account: secretary, on: day(2022, 12, 28)))
            }
        }
        review.publishedOn = meeting
        let code = { (c: String) in members.first { $0.code == c }?.id }
        review.meeting = ReviewMeeting(
            on: meeting, time: "8 giờ 30", place: "Hà Nội",
            chair: "Phạm Công Bằng – Tổng Giám đốc Quỹ Phát triển Hợp tác xã, Trưởng Khối thi đua",
            secretary: "Nguyễn Thu Hà – Thư ký Khối thi đua",
            guests: "đồng chí Lê Văn Nghị, Phó Chủ tịch Liên minh Hợp tác xã Việt Nam", present: members.map(\.id),
            nextHead: DemoData.rotation[year + 1].flatMap { code($0.head) },
            nextDeputy: DemoData.rotation[year + 1].flatMap { code($0.deputy) },
            nextHeadBasis: "Hội nghị thống nhất theo luân phiên")
        review.narrative = narrative
        _ = try await tx.blocReviews.update(review)
        results = try await ReviewResultsService(store: tx, account: admin).results(bloc: bloc, year: year)

        try await ballots(into: tx, bloc: bloc, members: members, ranked: results.rows.map(\.unit))
    }

    /// The meeting's two ballots, all 15 units present.
    static func ballots(into tx: any DataStore, bloc: UUID, members: [OrgUnit], ranked: [UUID]) async throws {
        let byID = Dictionary(members.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func candidates(_ ids: [UUID]) -> [BallotCandidate] {
            ids.compactMap { id in byID[id].map { BallotCandidate(id: id, code: $0.code, name: $0.name) } }
        }
        let electorate = members.map { BallotVoter(unitID: $0.id, name: $0.name) }

        // The leading unit, among the three first of the ranking: 11, 3 and 1 votes.
        let leaders = Array(ranked.prefix(3))
        var first = Ballot(
            blocID: bloc, year: year,
            question: BallotQuestion(
                question:
                    "Suy tôn đơn vị dẫn đầu Khối năm 2022 đề nghị tặng Cờ thi đua của Liên minh Hợp tác xã Việt Nam",
                candidates: leaders, seats: 1, maxChoices: 1, rule: .blocDefault),
            candidates: candidates(leaders), electorate: electorate, selfVoteAllowed: true, mode: .electronic,
            status: .open, openedOn: meeting)
        try await tx.ballots.insert(first)
        // Which unit chose what is not in this source: the choices are dealt to the voters by the system's
        // random generator, and the receipts are random too.
        var system = SystemRandomNumberGenerator()
        var choices = Array(repeating: leaders[0], count: 11) + Array(repeating: leaders[1], count: 3) + [leaders[2]]
        choices.shuffle(using: &system)
        for (voter, choice) in zip(electorate, choices) {
            let receipt = BallotReceipt.make(using: &system)
            try await tx.ballots.cast(
                ballot: first.id, voter: voter,
                StoredBallot(receiptHash: BallotReceipt.hash(receipt), choices: [choice]))
        }
        try await tx.ballots.rewriteInHashOrder(ballot: first.id)
        first.result = first.question.tally(try await tx.ballots.papers(of: first.id), electorate: electorate.count)
        first.status = .closed
        first.closedOn = meeting
        _ = try await tx.ballots.update(first)

        // The Alliance's certificates of merit, three seats among the next five, counted on paper.
        let nominees = Array(ranked.dropFirst().prefix(5))
        var second = Ballot(
            blocID: bloc, year: year,
            question: BallotQuestion(
                question:
                    "Suy tôn các đơn vị đề nghị tặng Bằng khen của Liên minh Hợp tác xã Việt Nam năm 2022",
                candidates: nominees, seats: 3, maxChoices: 3, rule: .blocDefault),
            candidates: candidates(nominees), electorate: electorate, selfVoteAllowed: true, mode: .paper)
        let paper = PaperCount(
            cast: 15, invalid: 0, votes: Dictionary(uniqueKeysWithValues: zip(nominees, [14, 12, 10, 6, 3])),
            countingBoard: ["Nguyễn Thị Hương (Trưởng ban)", "Trần Văn Hải", "Lê Thu Trang"])
        second.paper = paper
        second.result = second.question.tally(paper, electorate: electorate.count)
        second.status = .closed
        second.closedOn = meeting
        try await tx.ballots.insert(second)
    }
}

/// Small one-page PDFs standing in for the units' scanned evidence.
enum DemoEvidence {
    /// A valid one-page PDF showing `title` (ASCII) in Helvetica.
    static func pdf(title: String) -> Data {
        let text = title.replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "")
        let stream = "BT /F1 14 Tf 56 780 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(o)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n" }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }
}
