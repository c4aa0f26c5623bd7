/// Where a rule comes from: the document, article and clause, and whether the text was verified
/// (`../shared/domain/LAW.md` tags [V]) or rests on a secondary source or is not found yet.
public struct LegalBasis: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Codable {
        /// Read in a page quoting the legal text.
        case verified
        /// A paraphrase, translation or circular restating the law: likely right, still to check.
        case secondary
        /// Inferred (LAW.md [I]), e.g. a principle of the new law taken to hold under the old one as well.
        case inferred
        /// Not found: the rule is a `manualCheck` or an organization setting, never a guess.
        case unverified

        public var vietnamese: String {
            switch self {
            case .verified: return "đã đối chiếu"
            case .secondary: return "nguồn thứ cấp, cần đối chiếu"
            case .inferred: return "suy luận, cần đối chiếu"
            case .unverified: return "chưa tìm thấy văn bản"
            }
        }
    }

    public var document: String
    public var article: String
    public var status: Status

    public init(_ document: String, _ article: String, _ status: Status) {
        self.document = document
        self.article = article
        self.status = status
    }

    public var verified: Bool { status == .verified }

    /// "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 24 khoản 1"
    public var citation: String { article.isEmpty ? document : "\(document), \(article)" }

    // Documents cited by the catalogue.
    static let law2022 = "Luật Thi đua, khen thưởng số 06/2022/QH15"
    static let law2013 = "Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2013)"
    static let decree91 = "Nghị định 91/2017/NĐ-CP"
    static let decree98 = "Nghị định 98/2023/NĐ-CP"
    static let decree152 = "Nghị định 152/2025/NĐ-CP"
}
