/// The OpenAPI 3.1 description of the JSON API, served at `/api/openapi.json`. The route tests
/// check every API response against the schema its operation names here.
enum OpenAPIDocument {
    static let json = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Verkosto platform API",
    "version": "1",
    "description": "The data of every page of `verkosto serve`, with the row schemas of the CLI's `--format json`. Days are YYYY-MM-DD, or a year meaning 31 December. Every error is {\"error\": message} with a 4xx or 5xx status."
  },
  "servers": [{"url": "/"}],
  "paths": {
    "/api/networks": {
      "get": {
        "operationId": "listNetworks",
        "summary": "The networks active on a day, as `verkosto list networks --format json`.",
        "parameters": [{"$ref": "#/components/parameters/at"}, {"$ref": "#/components/parameters/format"}],
        "responses": {
          "200": {"description": "One row per network.", "content": {
            "application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/NetworkListRow"}}},
            "text/csv": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"}
        }
      }
    },
    "/api/networks/{id}": {
      "get": {
        "operationId": "networkCard",
        "summary": "A network's card on a day: members by kind and region, directions, centrality ranks, gaps.",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                       {"$ref": "#/components/parameters/at"}],
        "responses": {
          "200": {"description": "The card.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NetworkCard"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/api/gaps": {
      "get": {
        "operationId": "listGaps",
        "summary": "Collaboration gaps, as `verkosto gaps --format json`.",
        "parameters": [{"$ref": "#/components/parameters/at"}, {"$ref": "#/components/parameters/lang"},
                       {"$ref": "#/components/parameters/format"},
                       {"name": "kind", "in": "query", "schema": {"type": "string"}, "description": "Comma-separated kinds (direction, sector, coverage, brokers, isolated, overload, communities) or all."},
                       {"name": "top", "in": "query", "schema": {"type": "integer", "minimum": 1}, "description": "The first N findings of each kind."}],
        "responses": {
          "200": {"description": "One row per finding.", "content": {
            "application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/GapRow"}}},
            "text/csv": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"}
        }
      }
    },
    "/api/diff": {
      "get": {
        "operationId": "diff",
        "summary": "What changed between two days, as `verkosto diff --format json`.",
        "parameters": [{"name": "from", "in": "query", "required": true, "schema": {"type": "string"}},
                       {"name": "to", "in": "query", "required": true, "schema": {"type": "string"}},
                       {"$ref": "#/components/parameters/lang"}, {"$ref": "#/components/parameters/format"}],
        "responses": {
          "200": {"description": "One row per change.", "content": {
            "application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/DiffRow"}}},
            "text/csv": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"}
        }
      }
    },
    "/api/briefing": {
      "get": {
        "operationId": "briefing",
        "summary": "The answers to the report's questions on a day, as typed facts (ids and numbers, no text).",
        "parameters": [{"$ref": "#/components/parameters/at"}],
        "responses": {
          "200": {"description": "The briefing.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Briefing"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"}
        }
      }
    },
    "/api/openapi.json": {
      "get": {
        "operationId": "openapi",
        "summary": "This document.",
        "responses": {"200": {"description": "OpenAPI 3.1.", "content": {"application/json": {"schema": {"type": "object"}}}}}
      }
    }
  },
  "components": {
    "parameters": {
      "at": {"name": "at", "in": "query", "schema": {"type": "string"}, "description": "The snapshot day (default today)."},
      "lang": {"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["fi", "sv", "en"]}, "description": "Names and sentences in this language (default from Accept-Language, else fi)."},
      "format": {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["json", "csv"]}}
    },
    "responses": {
      "BadRequest": {"description": "A parameter is missing or malformed.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "NotFound": {"description": "No such record.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    },
    "schemas": {
      "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
      "NetworkListRow": {
        "type": "object",
        "required": ["id", "name", "sector", "unit", "since", "until", "members", "main direction"],
        "properties": {
          "id": {"type": "string"}, "name": {"type": "string"}, "sector": {"type": "string"}, "unit": {"type": "string"},
          "since": {"type": ["string", "null"], "format": "date"}, "until": {"type": ["string", "null"], "format": "date"},
          "members": {"type": "integer"}, "main direction": {"type": "string"}
        }
      },
      "GapRow": {
        "type": "object",
        "required": ["kind", "subject", "subject_name", "other", "other_name", "score", "detail", "explanation"],
        "properties": {
          "kind": {"type": "string"}, "subject": {"type": "string"}, "subject_name": {"type": "string"},
          "other": {"type": "string"}, "other_name": {"type": "string"}, "score": {"type": ["number", "null"]},
          "detail": {"type": "string"}, "explanation": {"type": "string"}
        }
      },
      "DiffRow": {
        "type": "object",
        "required": ["section", "subject", "subject_name", "other", "other_name", "before", "after", "change", "reason"],
        "properties": {
          "section": {"type": "string", "enum": ["network", "membership", "tie", "indicator", "summary"]},
          "subject": {"type": "string"}, "subject_name": {"type": "string"},
          "other": {"type": ["string", "null"]}, "other_name": {"type": ["string", "null"]},
          "before": {"type": ["string", "number", "null"]}, "after": {"type": ["string", "number", "null"]},
          "change": {"type": ["string", "number", "null"]}, "reason": {"type": ["string", "null"]}
        }
      },
      "NetworkCard": {
        "type": "object",
        "required": ["network", "members", "byKind", "byRegion", "directions", "ranks", "gaps"],
        "properties": {
          "network": {"type": "string"}, "members": {"type": "integer"},
          "byKind": {"type": "array", "items": {"type": "object", "required": ["kind", "count"],
                     "properties": {"kind": {"type": "string"}, "count": {"type": "integer"}}}},
          "byRegion": {"type": "array", "items": {"type": "object", "required": ["count"],
                       "properties": {"region": {"type": ["string", "null"]}, "count": {"type": "integer"}}}},
          "directions": {"type": "array", "items": {"type": "object", "required": ["direction", "priority"],
                         "properties": {"direction": {"type": "string"}, "priority": {"type": "integer"}}}},
          "ranks": {"type": "array", "items": {"type": "integer"}},
          "gaps": {"type": "array", "items": {"type": "object"}}
        }
      },
      "Briefing": {
        "type": "object",
        "required": ["day", "previousDay", "indicators", "previousIndicators", "municipalities", "networks", "crossSector",
                     "directions", "coverage", "centrality", "gaps", "trend", "cards"],
        "properties": {
          "day": {"type": "string", "format": "date"}, "previousDay": {"type": "string", "format": "date"},
          "indicators": {"type": "object"}, "previousIndicators": {"type": "object"},
          "municipalities": {"type": "integer"}, "networks": {"type": "object"}, "crossSector": {"type": "object"},
          "directions": {"type": "object"}, "coverage": {"type": "object"}, "centrality": {"type": "object"},
          "gaps": {"type": "array", "items": {"type": "object"}}, "trend": {"type": "object"},
          "cards": {"type": "array", "items": {"$ref": "#/components/schemas/NetworkCard"}}
        }
      }
    }
  }
}
"""#
}
