import Foundation
import Testing
import ThiDuaCore
@testable import ThiDuaDocuments

@Suite struct ZZTempLong {
    @Test func long() throws {
        var body: [DocumentBlock] = [
            .paragraph([.bold("CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ VIỆT NAM")], alignment: .center),
            .legalBasis("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
            .paragraph([.bold("QUYẾT ĐỊNH:")], alignment: .center),
        ]
        for i in 1...12 {
            body.append(.paragraph([.bold("Điều \(i). "), "Tặng Bằng khen của Chủ tịch Liên minh Hợp tác xã Việt Nam cho 25 tập thể và 40 cá nhân đã có thành tích xuất sắc trong phong trào thi đua năm 2023 (có danh sách kèm theo)."]))
        }
        let doc = StateDocument(parentBody: nil, issuingBody: "LIÊN MINH HỢP TÁC XÃ VIỆT NAM", number: "12/QĐ-LMHTXVN", place: "Hà Nội",
            date: LocalDate("2024-02-05")!, documentType: "Quyết định", summary: "Về việc tặng Bằng khen của Chủ tịch\nLiên minh Hợp tác xã Việt Nam",
            body: body, signature: SignatureBlock(position: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signer: "Nguyễn Văn Thịnh"),
            recipients: ["Như Điều 3", "Lưu: VT, TĐKT"],
            annexes: [Annex(title: "DANH SÁCH", subtitle: "(Kèm theo Quyết định số 12/QĐ-LMHTXVN ngày 05/02/2024)",
                blocks: [.table(TableBlock(header: ["STT", "Họ và tên", "Chức vụ, đơn vị"], rows: (1...60).map { ["\($0)", "Nguyễn Văn \($0)", "Giám đốc Hợp tác xã nông nghiệp số \($0)"] }))])])
        try DOCXWriter.write(doc).write(to: URL(fileURLWithPath: "/tmp/docx/decision.docx"))
    }
}
