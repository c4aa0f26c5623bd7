import Plot
import ThiDuaCore

/// How sure a legal basis is, said once per section as a footnote ("¹ nguồn thứ cấp, cần đối chiếu"),
/// not after every line; a verified basis has no mark.
struct BasisNotes {
    private let statuses: [LegalBasis.Status]
    private static let marks = ["¹", "²", "³", "⁴"]

    init(_ used: [LegalBasis.Status]) {
        var seen: [LegalBasis.Status] = []
        for s in used where s != .verified && !seen.contains(s) { seen.append(s) }
        statuses = seen
    }

    func mark<Context: HTML.BodyContext>(_ status: LegalBasis.Status) -> Node<Context> {
        guard let i = statuses.firstIndex(of: status) else { return .empty }
        return .element(
            named: "sup", nodes: [.attribute(named: "title", value: status.vietnamese), .text(Self.marks[i])])
    }

    func render<Context: HTML.BodyContext>() -> Node<Context> {
        .if(
            !statuses.isEmpty,
            .p(
                .class("footnotes"),
                .group(
                    statuses.enumerated().map { i, s in
                        .group(.if(i > 0, .br()), .small(.text("\(Self.marks[i]) Căn cứ \(s.vietnamese).")))
                    })))
    }
}
