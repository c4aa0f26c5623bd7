import Foundation
import ThiDuaCore

/// Checks a JSON value against an OpenAPI 3.0 schema, as far as the document uses the language: `$ref`,
/// `type`, `nullable`, `enum`, `properties`, `required`, `items`, `additionalProperties`. A property the
/// schema does not declare is a finding too: the document must say everything the API sends.
struct SchemaCheck {
    let schemas: [String: JSONValue]

    func problems(_ value: JSONValue, against schema: JSONValue, at path: String = "$") -> [String] {
        guard case .object(let s) = schema else { return ["\(path): the schema is not an object"] }
        if case .string(let ref)? = s["$ref"] {
            let name = String(ref.split(separator: "/").last ?? "")
            guard let target = schemas[name] else { return ["\(path): \(ref) does not resolve"] }
            return problems(value, against: target, at: path)
        }
        if case .null = value {
            return s["nullable"] == .bool(true) ? [] : ["\(path): null where the schema does not allow it"]
        }
        if case .array(let allowed)? = s["enum"], !allowed.contains(value) {
            return ["\(path): \(Self.text(value)) is not one of the documented values"]
        }
        guard case .string(let type)? = s["type"] else { return [] }
        switch (type, value) {
        case ("string", .string), ("integer", .int), ("number", .int), ("number", .double), ("boolean", .bool):
            return []
        case ("array", .array(let items)):
            guard let itemSchema = s["items"] else { return [] }
            return items.enumerated().flatMap { problems($1, against: itemSchema, at: "\(path)[\($0)]") }
        case ("object", .object(let fields)):
            var found: [String] = []
            if case .array(let required)? = s["required"] {
                for case .string(let name) in required where fields[name] == nil {
                    found.append("\(path).\(name): required, missing")
                }
            }
            let properties: [String: JSONValue]
            if case .object(let p)? = s["properties"] { properties = p } else { properties = [:] }
            for (name, field) in fields.sorted(by: { $0.key < $1.key }) {
                if let property = properties[name] {
                    found += problems(field, against: property, at: "\(path).\(name)")
                } else if let extra = s["additionalProperties"], extra != .bool(false) {
                    if case .object = extra { found += problems(field, against: extra, at: "\(path).\(name)") }
                } else {
                    found.append("\(path).\(name): sent, not documented")
                }
            }
            return found
        default:
            return ["\(path): \(Self.text(value)) is not of type \(type)"]
        }
    }

    static func text(_ value: JSONValue) -> String {
        (try? JSONEncoder().encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
    }
}
