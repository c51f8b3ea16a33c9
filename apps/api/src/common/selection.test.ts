import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { selectedFieldNames } from "./selection";

function infoFor(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const root = operation.selectionSet.selections[0];
  if (root.kind !== Kind.FIELD) throw new Error("root must be a field");
  return { fieldNodes: [root], fragments };
}

describe("selectedFieldNames", () => {
  it("follows a path through inline and named fragments, ignoring aliases", () => {
    const info = infoFor(`{ events { edges { node { title ...F ... on Event { c: citations { quote } } } } } }
      fragment F on Event { figures { text } }`);
    expect(selectedFieldNames(info, ["edges", "node"])).toEqual(new Set(["title", "figures", "citations"]));
  });

  it("merges every occurrence of a path segment and is empty past a leaf", () => {
    const info = infoFor(`{ events { a: edges { node { title } } b: edges { node { participants { role } } } totalCount } }`);
    expect(selectedFieldNames(info, ["edges", "node"])).toEqual(new Set(["title", "participants"]));
    expect(selectedFieldNames(info)).toEqual(new Set(["edges", "totalCount"]));
    expect(selectedFieldNames(info, ["totalCount", "x"]).size).toBe(0);
  });
});
