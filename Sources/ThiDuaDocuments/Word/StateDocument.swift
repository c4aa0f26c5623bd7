import Foundation
import ThiDuaCore

/// A state document (văn bản hành chính) in the layout of Decree 30/2020/NĐ-CP, as plain values:
/// launch plans (Kế hoạch), decisions (Quyết định), submissions (Tờ trình), reports (Báo cáo),
/// letters (Công văn). `DOCXWriter.write(_:)` turns it into a .docx.
///
/// Text is given as the officer would type it; the writer NFC-normalises it, puts the names that
/// the decree wants in capitals into capitals, and escapes it for XML.
public struct StateDocument: Hashable, Sendable {
    /// The body directly above the issuer, e.g. "LIÊN MINH HỢP TÁC XÃ VIỆT NAM"; nil when none.
    public var parentBody: String?
    /// The issuing body, e.g. "KHỐI THI ĐUA CÁC ĐƠN VỊ SỰ NGHIỆP VÀ DOANH NGHIỆP". "\n" breaks lines.
    public var issuingBody: String
    /// Number and symbol without "Số:", e.g. "12/KH-KTĐ" (a draft may leave the number blank:
    /// "     /KH-KTĐ"). A leading "Số:" is tolerated and not doubled.
    public var number: String
    /// Where it is issued, e.g. "Hà Nội".
    public var place: String
    public var date: LocalDate
    /// The document type, e.g. "KẾ HOẠCH", "QUYẾT ĐỊNH", "TỜ TRÌNH". Nil for a letter (công văn),
    /// which has no title: its summary ("V/v …") goes under the number instead.
    public var documentType: String?
    /// The summary under the title: "Phát động phong trào thi đua …", "Về việc tặng …". "\n" breaks lines.
    public var summary: String?
    public var body: [DocumentBlock]
    public var signature: SignatureBlock
    /// A second signature on the left, in place of the recipients: minutes are signed by their secretary (left)
    /// and the chair (right).
    public var leftSignature: SignatureBlock?
    /// The "Nơi nhận:" list, e.g. ["Như Điều 3", "Lưu: VT, TĐKT"]. The writer adds the "- " in
    /// front and the closing ";" (the last item: ".") where the item has no punctuation of its own.
    public var recipients: [String]
    /// Annexes after the signature, each on a new page (e.g. the list of subjects of a decision).
    public var annexes: [Annex]

    public init(
        parentBody: String? = nil, issuingBody: String, number: String, place: String, date: LocalDate,
        documentType: String?, summary: String? = nil, body: [DocumentBlock] = [],
        signature: SignatureBlock, leftSignature: SignatureBlock? = nil, recipients: [String] = [],
        annexes: [Annex] = []
    ) {
        self.parentBody = parentBody
        self.issuingBody = issuingBody
        self.number = number
        self.place = place
        self.date = date
        self.documentType = documentType
        self.summary = summary
        self.body = body
        self.signature = signature
        self.leftSignature = leftSignature
        self.recipients = recipients
        self.annexes = annexes
    }

    /// "Hà Nội, ngày 06 tháng 01 năm 2023".
    public var placeAndDate: String { DocumentDate.placeAndDate(place: place, date: date) }
}

/// The signature block: who signs, in what capacity, with room for the signature and the seal.
public struct SignatureBlock: Hashable, Sendable {
    /// The capacity in capitals, one line per "\n": "TRƯỞNG KHỐI", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
    /// "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH".
    public var position: String
    /// The signer's full name, e.g. "Nguyễn Ngọc Bảo" (written bold, not in capitals).
    public var signer: String

    public init(position: String, signer: String) {
        self.position = position
        self.signer = signer
    }
}

/// An annex (phụ lục): starts on a new page after the signature.
public struct Annex: Hashable, Sendable {
    /// E.g. "PHỤ LỤC" or "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN"; "\n" breaks lines.
    public var title: String
    /// In italics under the title, e.g. "(Kèm theo Quyết định số 12/QĐ-LMHTXVN ngày 06/01/2023)".
    public var subtitle: String?
    public var blocks: [DocumentBlock]

    public init(title: String, subtitle: String? = nil, blocks: [DocumentBlock]) {
        self.title = title
        self.subtitle = subtitle
        self.blocks = blocks
    }
}
