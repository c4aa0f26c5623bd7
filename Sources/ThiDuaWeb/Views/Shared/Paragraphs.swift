import Plot

/// A long text as the user typed it: one paragraph per line (blank lines were folded when it was saved).
enum Paragraphs {
    static func render(_ text: String, class className: String = "prose") -> Node<HTML.BodyContext> {
        .div(.class(className), .forEach(text.split(whereSeparator: \.isNewline).map(String.init)) { .p(.text($0)) })
    }
}
