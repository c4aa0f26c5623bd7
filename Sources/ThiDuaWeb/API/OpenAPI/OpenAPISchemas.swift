import ThiDuaCore
import Vapor

/// The schemas of the API's bodies, with the helpers that write them. `OpenAPISchemaTests` checks every
/// documented read's answer against them.
extension OpenAPIDocument {
    static func object(_ properties: [String: JSONValue], required: [String]) -> JSONValue {
        // OpenAPI 3.0 (JSON Schema draft 4) refuses an empty `required`.
        required.isEmpty
            ? ["type": "object", "properties": .object(properties)]
            : ["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) })]
    }

    static func enumeration(_ values: [String]) -> JSONValue {
        ["type": "string", "enum": .array(values.map { .string($0) })]
    }

    static func page(_ item: String) -> JSONValue {
        object(
            [
                "items": ["type": "array", "items": ["$ref": .string("#/components/schemas/\(item)")]],
                "metadata": object(
                    [
                        "page": ["type": "integer"], "per": ["type": "integer"], "total": ["type": "integer"],
                        "pageCount": ["type": "integer"],
                    ],
                    required: ["page", "per", "total", "pageCount"]),
            ],
            required: ["items", "metadata"])
    }

    static let uuid: JSONValue = ["type": "string", "format": "uuid"]
    static let date: JSONValue = ["type": "string", "format": "date"]
    static let string: JSONValue = ["type": "string"]
    static let integer: JSONValue = ["type": "integer"]

    static var schemas: [String: JSONValue] {
        let unitDraft: [String: JSONValue] = [
            "code": string, "name": string, "shortName": string,
            "kind": enumeration(OrgUnit.Kind.allCases.map(\.rawValue)), "parentID": uuid, "activeFrom": date,
        ]
        let blocDraft: [String: JSONValue] = [
            "code": string, "name": string, "kind": enumeration(Bloc.Kind.allCases.map(\.rawValue)), "note": string,
        ]
        let personDraft: [String: JSONValue] = [
            "fullName": string, "gender": enumeration(Person.Gender.allCases.map(\.rawValue)),
            "category": enumeration(Person.Category.allCases.map(\.rawValue)),
            "birthYear": integer, "unitID": uuid, "position": string,
            "status": enumeration(Person.Status.allCases.map(\.rawValue)),
        ]
        let historyDraft: [String: JSONValue] = [
            "kind": enumeration(HistoryEntry.Kind.allCases.map(\.rawValue)), "year": integer,
            "value": [
                "type": "string",
                "description":
                    "Xếp loại, phạm vi sáng kiến, hình thức kỷ luật, loại việc đang xem xét, hoặc mã khen thưởng",
            ],
            "title": string, "from": date, "to": date, "decisionNumber": string, "decisionDate": date,
            "authority": string,
            "commendationType": enumeration(CommendationType.allCases.map(\.rawValue)), "revoked": ["type": "boolean"],
        ]
        func with(_ base: [String: JSONValue], _ extra: [String: JSONValue]) -> [String: JSONValue] {
            base.merging(extra) { $1 }
        }
        return [
            "Error": object(
                [
                    "error": ["type": "boolean"], "reason": string,
                    "fields": [
                        "type": "array",
                        "items": object(["field": string, "message": string], required: ["field", "message"]),
                    ],
                ],
                required: ["error", "reason"]),
            "LoginRequest": object(
                ["username": string, "password": ["type": "string", "format": "password"]],
                required: ["username", "password"]),
            "LoginResult": object(
                [
                    "token": string, "expiresAt": ["type": "string", "format": "date-time"],
                    "account": ["$ref": "#/components/schemas/Account"],
                ],
                required: ["token", "expiresAt", "account"]),
            "Account": object(
                [
                    "id": uuid, "username": string, "displayName": string,
                    "role": enumeration(Role.allCases.map(\.rawValue)),
                    "unitID": uuid, "blocID": uuid, "active": ["type": "boolean"],
                ],
                required: ["id", "username", "displayName", "role", "active"]),
            "OrgUnit": object(
                with(unitDraft, ["id": uuid, "activeTo": date, "version": integer]),
                required: ["id", "code", "name", "shortName", "kind", "version"]),
            "OrgUnitDraft": object(unitDraft, required: ["code", "name", "kind"]),
            "OrgUnitUpdate": object(
                with(unitDraft, ["version": integer]), required: ["code", "name", "kind", "version"]),
            "OrgUnitPage": page("OrgUnit"),
            "Deactivate": object(["version": integer, "on": date], required: ["version"]),
            "Bloc": object(
                with(blocDraft, ["id": uuid, "activeTo": date, "version": integer]),
                required: ["id", "code", "name", "kind", "note", "version"]),
            "BlocDraft": object(blocDraft, required: ["code", "name", "kind"]),
            "BlocUpdate": object(with(blocDraft, ["version": integer]), required: ["code", "name", "kind", "version"]),
            "BlocPage": page("Bloc"),
            "BlocMembership": object(
                [
                    "id": uuid, "blocID": uuid, "unitID": uuid, "year": integer,
                    "role": enumeration(BlocMembership.Role.allCases.map(\.rawValue)),
                    // A secretary's addition of a unit new to the bloc waits for the admin until true.
                    "confirmed": ["type": "boolean"],
                ],
                required: ["id", "blocID", "unitID", "year", "role", "confirmed"]),
            "BlocMember": object(
                [
                    "membership": ["$ref": "#/components/schemas/BlocMembership"],
                    "unit": ["$ref": "#/components/schemas/OrgUnit"],
                ],
                required: ["membership", "unit"]),
            "BlocMemberList": ["type": "array", "items": ["$ref": "#/components/schemas/BlocMember"]],
            "MembershipRequest": object(
                ["unitID": uuid, "year": integer, "role": enumeration(BlocMembership.Role.allCases.map(\.rawValue))],
                required: ["unitID", "year", "role"]),
            "Person": object(
                with(personDraft, ["id": uuid, "version": integer]),
                required: ["id", "fullName", "gender", "unitID", "position", "status", "version"]),
            "PersonDraft": object(personDraft, required: ["fullName", "gender"]),
            "PersonUpdate": object(
                with(personDraft, ["version": integer]), required: ["fullName", "gender", "version"]),
            "PersonRow": object(
                ["person": ["$ref": "#/components/schemas/Person"], "unitCode": string, "unitName": string],
                required: ["person", "unitCode", "unitName"]),
            "PersonPage": page("PersonRow"),
            "PersonAssignment": object(
                ["unitID": uuid, "unitName": string, "position": string, "from": date, "to": date],
                required: ["unitID", "unitName", "position", "from"]),
            "PersonDetail": object(
                [
                    "person": ["$ref": "#/components/schemas/Person"], "unit": ["$ref": "#/components/schemas/OrgUnit"],
                    "assignments": ["type": "array", "items": ["$ref": "#/components/schemas/PersonAssignment"]],
                ],
                required: ["person", "unit", "assignments"]),
            "HistoryDraft": object(historyDraft, required: ["kind"]),
            "HistoryUpdate": object(with(historyDraft, ["version": integer]), required: ["version"]),
            "HistoryEntry": object(
                [
                    "id": uuid, "subjectKind": enumeration(SubjectKind.allCases.map(\.rawValue)), "subjectID": uuid,
                    "kind": enumeration(HistoryEntry.Kind.allCases.map(\.rawValue)), "year": integer, "value": string,
                    "title": string, "from": date, "to": date, "decisionNumber": string, "decisionDate": date,
                    "authority": string, "commendationType": enumeration(CommendationType.allCases.map(\.rawValue)),
                    "revoked": ["type": "boolean"], "version": integer,
                ],
                required: ["id", "subjectKind", "subjectID", "kind", "value", "version"]),
            "WithdrawRequest": object(
                ["reason": ["type": "string", "minLength": 1, "maxLength": .int(WithdrawnEntry.maxReasonLength)]],
                required: ["reason"]),
            "WithdrawnEntry": object(
                [
                    "entry": ["$ref": "#/components/schemas/HistoryEntry"], "reason": string, "withdrawnBy": string,
                    "withdrawnAt": ["type": "string", "format": "date-time"],
                ],
                required: ["entry", "reason", "withdrawnBy", "withdrawnAt"]),
            "SubjectHistory": object(
                [
                    "subjectKind": enumeration(SubjectKind.allCases.map(\.rawValue)), "subjectID": uuid, "name": string,
                    "entries": ["type": "array", "items": ["$ref": "#/components/schemas/HistoryEntry"]],
                ],
                required: ["subjectKind", "subjectID", "name", "entries"]),
            "AwardCode": object(
                [
                    "code": string, "name": string, "kind": enumeration(AwardCode.Kind.allCases.map(\.rawValue)),
                    "subjectKind": enumeration(SubjectKind.allCases.map(\.rawValue)), "builtIn": ["type": "boolean"],
                ],
                required: ["code", "name", "kind", "builtIn"]),
            "AwardCodeList": ["type": "array", "items": ["$ref": "#/components/schemas/AwardCode"]],
            "AwardCodeRequest": object(
                [
                    "code": string, "name": string, "kind": enumeration(AwardCode.Kind.allCases.map(\.rawValue)),
                    "subjectKind": enumeration(SubjectKind.allCases.map(\.rawValue)),
                ], required: ["code", "name", "kind"]),
            "AuditEvent": object(
                [
                    "seq": integer, "atMillis": integer, "actor": string,
                    "action": enumeration(AuditEvent.Action.allCases.map(\.rawValue)),
                    "entity": string, "entityID": string, "unitID": uuid, "oldValue": string, "newValue": string,
                    "previousHash": string, "hash": string,
                ],
                required: ["seq", "atMillis", "actor", "action", "entity", "entityID", "previousHash", "hash"]),
            "AuditPage": page("AuditEvent"),
            "PersonDeactivate": object(
                ["version": integer, "status": enumeration(["retired", "moved"])], required: ["version", "status"]),
            "PersonMoveRequest": object(
                ["version": integer, "toUnitID": uuid, "position": string, "on": date],
                required: ["version", "toUnitID", "on"]),
        ].merging(eligibilitySchemas) { a, _ in a }.merging(movementSchemas) { a, _ in a }
    }

    static var movementSchemas: [String: JSONValue] {
        let draft: [String: JSONValue] = [
            "year": string, "kind": enumeration(Movement.Kind.allCases.map(\.rawValue)),
            "scopeKind": enumeration(Movement.ScopeKind.allCases.map(\.rawValue)),
            "scopeID": string, "title": string, "theme": string,
            "slogans": ["type": "string", "description": "Mỗi dòng một khẩu hiệu"],
            "launchedBy": string, "periodFrom": date, "periodTo": date,
            "targets": ["type": "string", "description": "Mỗi dòng một chỉ tiêu"],
            "anniversaryID": string, "codes": ["type": "array", "items": string], "registrationDeadline": date,
        ]
        let strings: JSONValue = ["type": "array", "items": string]
        return [
            "AnniversaryList": [
                "type": "array",
                "items": object(
                    [
                        "name": string, "originDate": date, "date": date, "years": integer,
                        "round": ["type": "boolean"], "label": string,
                    ],
                    required: ["name", "originDate", "date", "years", "round", "label"]),
            ],
            "MovementDraft": object(
                draft,
                required: [
                    "year", "kind", "scopeKind", "scopeID", "title", "theme", "slogans", "launchedBy", "periodFrom",
                    "periodTo", "targets", "anniversaryID", "codes", "registrationDeadline",
                ]),
            "MovementUpdate": object(
                ["version": integer, "movement": ["$ref": "#/components/schemas/MovementDraft"]],
                required: ["version", "movement"]),
            "MovementStatusRequest": object(
                ["version": integer, "status": enumeration(Movement.Status.allCases.map(\.rawValue)), "on": date],
                required: ["version", "status"]),
            "Movement": object(
                [
                    "id": uuid, "year": integer, "kind": enumeration(Movement.Kind.allCases.map(\.rawValue)),
                    "scopeKind": enumeration(Movement.ScopeKind.allCases.map(\.rawValue)), "scopeID": uuid,
                    "title": string, "theme": string,
                    "slogans": strings, "launchedBy": string, "periodFrom": date, "periodTo": date, "targets": strings,
                    "anniversaryID": uuid,
                    "codes": strings, "registrationDeadline": date,
                    "status": enumeration(Movement.Status.allCases.map(\.rawValue)),
                    "history": [
                        "type": "array",
                        "items": object(
                            ["status": string, "on": date, "by": string], required: ["status", "on", "by"]),
                    ],
                    "planNumber": integer, "results": string, "resultsPublished": ["type": "boolean"],
                    "version": integer,
                ],
                required: ["id", "year", "kind", "scopeKind", "title", "periodFrom", "periodTo", "status", "version"]),
            "MovementList": ["type": "array", "items": ["$ref": "#/components/schemas/Movement"]],
            "IndividualTarget": object(["personID": uuid, "codes": strings], required: ["personID", "codes"]),
            "Registration": object(
                [
                    "id": uuid, "movementID": uuid, "unitID": uuid, "collectiveCodes": strings,
                    "individual": ["type": "array", "items": ["$ref": "#/components/schemas/IndividualTarget"]],
                    "registeredBy": string, "registeredOn": date, "version": integer,
                ],
                required: [
                    "id", "movementID", "unitID", "collectiveCodes", "individual", "registeredBy", "registeredOn",
                    "version",
                ]),
            "RegistrationRequest": object(
                [
                    "version": integer, "collective": strings,
                    "individual": ["type": "array", "items": ["$ref": "#/components/schemas/IndividualTarget"]],
                ],
                required: ["version", "collective", "individual"]),
            "RegistrationResult": object(
                [
                    "registration": ["$ref": "#/components/schemas/Registration"],
                    "warnings": [
                        "type": "array",
                        "items": object(
                            ["subject": string, "code": string, "reasons": strings],
                            required: ["subject", "code", "reasons"]),
                    ],
                ],
                required: ["registration", "warnings"]),
            "ParticipationList": [
                "type": "array",
                "items": object(
                    [
                        "unitID": uuid, "unitName": string, "registered": ["type": "boolean"],
                        "late": ["type": "boolean"], "registration": ["$ref": "#/components/schemas/Registration"],
                    ],
                    required: ["unitID", "unitName", "registered", "late"]),
            ],
        ]
    }

    static var eligibilitySchemas: [String: JSONValue] {
        let codes = enumeration(Catalogue.entries.map(\.code))
        let nullableInteger: JSONValue = ["type": "integer", "nullable": true]
        let span: JSONValue = object(
            ["from": date, "to": ["type": "string", "format": "date", "nullable": true]], required: ["from"])
        let settings: [String: JSONValue] = [
            "referenceMonth": integer, "referenceDay": integer, "cstdcsQuotaPercentOld": nullableInteger,
            "cstdcsQuotaPercent": nullableInteger, "coCPQuotaPercentOld": nullableInteger,
            "coCPQuotaPercent": nullableInteger, "coBoRequiresTTLDXS": ["type": "boolean"],
            "referenceNextYear": ["type": "boolean", "description": "Ngày xét đề nghị thuộc năm sau năm xét"],
            "leadershipTenure": [
                "type": "array",
                "items": object(["post": string, "years": integer], required: ["post", "years"]),
            ],
            "womenTenureReduced": ["type": "boolean"],
        ]
        // Fields added later may be left out; an old body keeps their defaults.
        let optionalSettings: Set<String> = ["referenceNextYear", "leadershipTenure", "womenTenureReduced"]
        return [
            "EligibilityRequest": object(
                [
                    "year": integer,
                    "subjects": ["type": "array", "items": ["$ref": "#/components/schemas/EligibilitySubject"]],
                    "codes": ["type": "array", "items": codes],
                    "settings": object(settings, required: []),
                    "proposalDate": [
                        "type": "string", "format": "date",
                        "description":
                            "Ngày xét đề nghị: chọn chế độ pháp lý và ngày xét việc đang bị điều tra, khiếu nại",
                    ],
                ], required: ["year", "subjects"]),
            "EligibilitySubject": object(
                [
                    "id": string, "name": string, "kind": enumeration(SubjectKind.allCases.map(\.rawValue)),
                    "gender": enumeration(Person.Gender.allCases.map(\.rawValue)),
                    "category": enumeration(Person.Category.allCases.map(\.rawValue)),
                    "ratings": [
                        "type": "object", "description": "Năm → xếp loại",
                        "additionalProperties": enumeration(Rating.allCases.map(\.rawValue)),
                    ],
                    "titles": [
                        "type": "array",
                        "items": object(
                            ["code": string, "year": integer, "revoked": ["type": "boolean"]],
                            required: ["code", "year"]),
                    ],
                    "awards": [
                        "type": "array",
                        "items": object(
                            [
                                "code": string, "year": integer, "revoked": ["type": "boolean"],
                                "type": enumeration(CommendationType.allCases.map(\.rawValue)),
                            ], required: ["code", "year"]),
                    ],
                    "initiatives": [
                        "type": "array",
                        "items": object(
                            ["year": integer, "scope": enumeration(InitiativeScope.allCases.map(\.rawValue))],
                            required: ["year", "scope"]),
                    ],
                    "discipline": ["type": "array", "items": span],
                    "pending": [
                        "type": "array",
                        "items": object(
                            [
                                "kind": enumeration(PendingKind.allCases.map(\.rawValue)), "from": date,
                                "to": ["type": "string", "format": "date", "nullable": true],
                            ], required: ["kind", "from"]),
                    ],
                    "members": [
                        "type": "object", "nullable": true,
                        "description":
                            "Tập thể: total, completed, disciplined, women và số thành viên đạt từng mã, ví dụ LDTT",
                        "additionalProperties": integer,
                    ],
                ], required: ["id", "kind"]),
            "EligibilityResponse": object(
                ["results": ["type": "array", "items": ["$ref": "#/components/schemas/EligibilityResult"]]],
                required: ["results"]),
            "EligibilityResult": object(
                [
                    "subject": string, "code": string, "name": string, "year": integer,
                    "regime": enumeration(LegalRegime.allCases.map(\.rawValue)),
                    "regimeName": string, "outcome": enumeration(EligibilityResult.Outcome.allCases.map(\.rawValue)),
                    "reasons": [
                        "type": "array",
                        "items": object(
                            [
                                "rule": string, "route": string, "holds": ["type": "boolean", "nullable": true],
                                "text": string, "basis": string, "verified": ["type": "boolean"],
                                "status": enumeration(["verified", "secondary", "inferred", "unverified"]),
                            ],
                            required: ["rule", "holds", "text", "basis", "verified", "status"]),
                    ],
                    "reminders": [
                        "type": "array",
                        "items": object(["text": string, "basis": string], required: ["text", "basis"]),
                    ],
                    "proposalDate": date,
                    "reward": object(
                        [
                            "multiple": ["type": "number"], "multipleBasis": string,
                            "baseSalary": nullableInteger, "amount": nullableInteger,
                        ], required: ["multiple", "multipleBasis", "baseSalary", "amount"]),
                    "warnings": ["type": "array", "items": string],
                ], required: ["subject", "code", "year", "regime", "proposalDate", "outcome", "reasons", "warnings"]),
            "EligibilitySettings": object(
                settings,
                required: Array(settings.keys).filter { !$0.contains("Quota") && !optionalSettings.contains($0) }
                    .sorted()),
            "EligibilitySettingsBody": object(
                ["settings": ["$ref": "#/components/schemas/EligibilitySettings"], "version": integer],
                required: ["settings", "version"]),
            "EligibilitySweep": object(
                [
                    "code": string, "year": integer, "regime": string, "note": string,
                    "quota": object(
                        [
                            "percent": integer, "of": string, "base": integer, "cap": integer,
                            "binds": ["type": "boolean"], "basis": string,
                        ],
                        required: ["percent", "of", "base", "cap", "binds", "basis"]),
                    "rows": [
                        "type": "array",
                        "items": object(
                            [
                                "subject": string, "name": string,
                                "kind": enumeration(SubjectKind.allCases.map(\.rawValue)),
                                "outcome": enumeration(EligibilityResult.Outcome.allCases.map(\.rawValue)),
                                "rank": integer, "withinQuota": ["type": "boolean"], "note": string,
                            ],
                            required: ["subject", "name", "kind", "outcome"]),
                    ],
                ], required: ["code", "year", "regime", "rows"]),
        ]
    }
}
