import Foundation
import Vapor

/// A posted url-encoded form, read one way everywhere: its `name=value` pairs in order (a name repeats for
/// checkboxes), typed reads, and `decode(_:)` for a form struct. JSON bodies (the API) go through
/// `content.decode`, and the one multipart form (an import's file) through Vapor's multipart decoder.
struct FormData: Sendable {
    let pairs: [(String, String)]

    init(_ body: String) {
        pairs = FormPairs.parse(body)
    }

    /// The first value of `name`.
    subscript(_ name: String) -> String? { pairs.first { $0.0 == name }?.1 }

    /// Every value of `name`, in order.
    func values(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }

    /// A whole number, nil when absent or empty; anything else is a decoding error naming the field.
    func int(_ name: String) throws -> Int? {
        guard let text = self[name], !text.isEmpty else { return nil }
        guard let n = Int(text) else {
            throw DecodingError.typeMismatch(
                Int.self, .init(codingPath: [FormKey(name)], debugDescription: "“\(name)” phải là một số nguyên"))
        }
        return n
    }

    /// The form as a struct whose stored properties are strings, whole numbers, booleans, optionals of those,
    /// or `[String]` (every value of a repeated name).
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: FormDecoder(form: self))
    }
}

extension Request {
    /// The body as a url-encoded form (empty when there is none).
    func form() -> FormData {
        FormData(body.string ?? "")
    }
}

private struct FormKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

private struct FormDecoder: Decoder {
    let form: FormData
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed<Key>(form: form))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: codingPath, debugDescription: "a form is a set of named fields"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(
            Any.self, .init(codingPath: codingPath, debugDescription: "a form is a set of named fields"))
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let form: FormData
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { form.pairs.compactMap { Key(stringValue: $0.0) } }

        func contains(_ key: Key) -> Bool { form[key.stringValue] != nil }

        /// An absent field is nil; so is an empty one for anything but text.
        func decodeNil(forKey key: Key) throws -> Bool { form[key.stringValue] == nil }

        func decode(_ type: String.Type, forKey key: Key) throws -> String {
            guard let value = form[key.stringValue] else { throw missing(key) }
            return value
        }

        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
            ["true", "on", "1", "yes"].contains(form[key.stringValue] ?? "")
        }

        func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
            guard let n = try form.int(key.stringValue) else { throw missing(key) }
            return n
        }

        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try form.int(key.stringValue) }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            if let values = form.values(key.stringValue) as? T { return values }
            throw DecodingError.typeMismatch(
                type, .init(codingPath: [key], debugDescription: "a form field is text, a number or a yes/no"))
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            throw DecodingError.typeMismatch(
                type, .init(codingPath: [key], debugDescription: "a form has no nested fields"))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            throw DecodingError.typeMismatch(
                [Any].self, .init(codingPath: [key], debugDescription: "a form has no nested fields"))
        }

        func superDecoder() throws -> any Decoder { FormDecoder(form: form) }
        func superDecoder(forKey key: Key) throws -> any Decoder { FormDecoder(form: form) }

        private func missing(_ key: Key) -> DecodingError {
            .keyNotFound(key, .init(codingPath: [key], debugDescription: "thiếu trường “\(key.stringValue)”"))
        }
    }
}
