import Foundation
import ThiDuaCore

/// "Biên bản họp bình xét, suy tôn": the minutes of a bloc's review meeting in the Decree 30/2020 layout: time,
/// place, chair and secretary; the units present and absent and the quorum; the score summary; each ballot with
/// its electorate, votes cast, valid and invalid, each candidate's votes and share, who is elected; next year's
/// head and deputy; the secretary's and the chair's signatures.
public enum ReviewMinutes {
    public static func document(
        _ r: ReviewResults, ballots: [Ballot], settings: DocumentSettings, today: LocalDate
    ) -> StateDocument {
        let h = VietnameseNumber.hundredths
        let meeting = r.review.meeting
        let members = r.units.map(\.unit).sorted { $0.code < $1.code }
        let present = meeting.map { Set($0.present) } ?? Set(members.map(\.id))
        let attending = members.filter { present.contains($0.id) }
        let absent = members.filter { !present.contains($0.id) }
        let quorumMet = ReviewMeeting.quorum.isMet(by: attending.count, of: members.count)
        let date = meeting?.on ?? r.review.publishedOn ?? today
        func name(_ id: UUID?) -> String { members.first { $0.id == id }?.name ?? "" }

        var body: [DocumentBlock] = [
            .paragraph([
                TextRun(
                    "Hôm nay, \(meeting?.time.isEmpty == false ? "vào hồi \(meeting!.time), " : "")\(DocumentDate.text(date)), tại \(meeting?.place.isEmpty == false ? meeting!.place : "(chưa ghi địa điểm)"), \(r.bloc.name) họp bình xét, suy tôn kết quả thi đua năm \(r.year)."
                )
            ]),
            .heading("I. THÀNH PHẦN"),
            .paragraph([.bold("Chủ trì: "), TextRun(meeting?.chair ?? "(chưa ghi)")]),
            .paragraph([.bold("Thư ký: "), TextRun(meeting?.secretary ?? "(chưa ghi)")]),
        ]
        if let guests = meeting?.guests, !guests.isEmpty {
            body.append(.paragraph([.bold("Khách mời: "), TextRun(guests)]))
        }
        body.append(
            .paragraph([
                TextRun(
                    "Số đơn vị thành viên: \(members.count); có mặt \(attending.count) đơn vị, vắng mặt \(absent.count) đơn vị. Số đơn vị có mặt \(quorumMet ? "đạt" : "không đạt") tỷ lệ tối thiểu \(ReviewMeeting.quorum.text) số đơn vị thành viên; hội nghị \(quorumMet ? "đủ điều kiện" : "không đủ điều kiện") tiến hành."
                )
            ]))
        body.append(
            .paragraph([.bold("Đơn vị có mặt: "), TextRun(attending.map(\.name).joined(separator: "; ") + ".")]))
        if !absent.isEmpty {
            body.append(
                .paragraph([.bold("Đơn vị vắng mặt: "), TextRun(absent.map(\.name).joined(separator: "; ") + ".")]))
        }

        body.append(.heading("II. KẾT QUẢ CHẤM ĐIỂM"))
        body.append(
            .paragraph([
                TextRun(
                    "Hội nghị thông qua bảng tổng hợp kết quả chấm điểm theo bảng tiêu chí \(h(r.criteria.set.maxScore)) điểm của Khối (điểm cuối cùng tính theo cách: \(r.review.settings.method.vietnamese.lowercased())):"
                )
            ]))
        body.append(
            .table(
                TableBlock(
                    header: ["Hạng", "Đơn vị", "Tự chấm", "Điểm cuối cùng", "Xếp loại"],
                    rows: r.rows.map { [String($0.rank), $0.name, h($0.selfTotal), h($0.total), $0.band ?? ""] },
                    columnWidths: [1, 7, 2, 2.4, 3])))

        body.append(.heading("III. KẾT QUẢ BỎ PHIẾU BÌNH XÉT, SUY TÔN"))
        let closed = ballots.filter { $0.result != nil }
        if closed.isEmpty { body.append(.paragraph(["Hội nghị chưa bỏ phiếu."])) }
        for (i, b) in closed.enumerated() {
            guard let t = b.result else { continue }
            let elected = t.elected.compactMap { b.candidate($0)?.name }
            body.append(.heading("\(i + 1). \(b.question.question)", level: 2))
            body.append(
                .paragraph([
                    TextRun(
                        "Hình thức: \(b.mode.vietnamese.lowercased()). Số người có quyền biểu quyết: \(t.electorate); số phiếu thu về: \(t.cast); phiếu hợp lệ: \(t.valid); phiếu không hợp lệ: \(t.invalid). Điều kiện trúng: \(b.question.rule.vietnamese) (\(b.question.rule.basis))."
                    )
                ]))
            if let board = b.paper?.countingBoard, !board.isEmpty {
                body.append(.paragraph([.bold("Ban kiểm phiếu: "), TextRun(board.joined(separator: "; ") + ".")]))
            }
            if let hash = t.ballotSetHash {
                body.append(
                    .paragraph([TextRun("Mã băm SHA-256 của tập phiếu: \(hash).", italic: true)], alignment: .left))
            }
            body.append(
                .table(
                    TableBlock(
                        header: ["STT", "Ứng viên", "Số phiếu", "Tỷ lệ", "Kết quả"],
                        rows: t.candidates.enumerated().map { n, c in
                            [
                                String(n + 1), b.candidate(c.candidate)?.name ?? "", String(c.votes),
                                h(c.shareHundredths) + "%",
                                c.elected ? "Trúng" : c.passes ? "Đạt, hết suất" : "Không đạt",
                            ]
                        }, columnWidths: [1, 7, 2, 2, 3])))
            body.append(
                .paragraph([
                    TextRun(
                        t.quorumMet
                            ? (elected.isEmpty
                                ? "Không ứng viên nào đạt số phiếu cần thiết."
                                : "Đơn vị được suy tôn: \(elected.joined(separator: "; ")).")
                            : "Số phiếu thu về không đạt tỷ lệ tối thiểu: không ứng viên nào trúng.")
                ]))
            if !t.runoff.isEmpty {
                body.append(
                    .paragraph([
                        TextRun(
                            "Bằng phiếu ở suất cuối giữa: \(t.runoff.compactMap { b.candidate($0)?.name }.joined(separator: "; ")); hội nghị bỏ phiếu lại."
                        )
                    ]))
            }
        }

        if let m = meeting, m.nextHead != nil || m.nextDeputy != nil {
            body.append(.heading("IV. BẦU TRƯỞNG KHỐI, PHÓ KHỐI NĂM \(r.year + 1)"))
            body.append(
                .paragraph([
                    TextRun(
                        "Trưởng khối năm \(r.year + 1): \(name(m.nextHead)); phó khối: \(name(m.nextDeputy))."
                            + (m.nextHeadBasis.isEmpty ? "" : " Hình thức: \(m.nextHeadBasis.lowercased()).")
                    )
                ]))
        }
        body.append(
            .paragraph([
                TextRun(
                    "Biên bản được lập xong và thông qua tại hội nghị; các đơn vị có mặt nhất trí với nội dung biên bản."
                )
            ]))
        return StateDocument(
            parentBody: settings.parentBody.isEmpty ? nil : settings.parentBody, issuingBody: r.bloc.name,
            number: "     /BB-KTĐ", place: settings.place, date: date, documentType: "BIÊN BẢN",
            summary: "Họp bình xét, suy tôn thi đua năm \(r.year)", body: body,
            signature: SignatureBlock(position: "CHỦ TRÌ", signer: signer(meeting?.chair)),
            leftSignature: SignatureBlock(position: "THƯ KÝ", signer: signer(meeting?.secretary)))
    }

    /// "Phạm Công Bằng – Tổng Giám đốc …" signs as "Phạm Công Bằng".
    static func signer(_ text: String?) -> String {
        let t = text ?? ""
        let cut = t.split(whereSeparator: { $0 == "–" || $0 == "," || $0 == "-" }).first.map(String.init) ?? t
        return cut.trimmingCharacters(in: .whitespaces)
    }
}
