/*
 * semis.jsonRows(json): the rows of a bulk write, sent as ONE JSON string instead of a Bolt list of maps.
 *
 * Why: neo4j-driver for JavaScript spends ~45 µs of Node CPU per 11-property row packing maps and
 * strings, about nine times what JSON.stringify plus this parser cost together, and that encoding used
 * to be a third of an import batch's time. The Semis import (seeds-data/demo.repository.ts) writes
 * `UNWIND semis.jsonRows($batch) AS p …` when this function exists (the embedded launcher registers it)
 * and sends plain parameter lists otherwise (any other Neo4j server).
 *
 * Values come out exactly as the driver would have sent them: every JSON number becomes a Float (the
 * JavaScript driver packs numbers as floats), strings, booleans, null, lists and maps as themselves.
 */
package org.semis.neo4j;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.UserFunction;

public final class JsonRows {

    private static final JsonFactory JSON = new JsonFactory();

    @UserFunction("semis.jsonRows")
    @Description("semis.jsonRows(json :: STRING) :: LIST<ANY> - a JSON array parsed into a list (numbers as floats)")
    public List<Object> jsonRows(@Name("json") String json) {
        if (json == null) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException("semis.jsonRows expects a JSON array");
            }
            List<Object> rows = readArray(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("semis.jsonRows: trailing content after the array");
            }
            return rows;
        } catch (JsonProcessingException e) {
            // Neo4j reports a function's root cause: keep ours the root, with Jackson's short message.
            throw new IllegalArgumentException("semis.jsonRows: invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("semis.jsonRows: could not read the JSON: " + e.getMessage());
        }
    }

    private static Object readValue(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("semis.jsonRows: unexpected " + token);
        };
    }

    private static List<Object> readArray(JsonParser parser) throws IOException {
        List<Object> list = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            list.add(readValue(parser, token));
        }
        return list;
    }

    private static Map<String, Object> readObject(JsonParser parser) throws IOException {
        Map<String, Object> map = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            map.put(key, readValue(parser, parser.nextToken()));
        }
        return map;
    }
}
