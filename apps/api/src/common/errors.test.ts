import { GraphQLError } from "graphql";
import { QueryTimeoutError, RequestAbandonedError } from "../db/request-budget";
import { formatGraphQLError, isClientGone } from "./errors";

describe("isClientGone", () => {
  it("finds an abandoned request however it is wrapped", () => {
    const abandoned = new RequestAbandonedError();
    expect(isClientGone(abandoned)).toBe(true);
    expect(isClientGone(new GraphQLError("failed", { originalError: abandoned }))).toBe(true);
    expect(isClientGone(new Error("loader failed", { cause: abandoned }))).toBe(true);
  });

  it("leaves timeouts and faults to the error log", () => {
    expect(isClientGone(new QueryTimeoutError(10_000))).toBe(false);
    expect(isClientGone(new Error("relation does not exist"))).toBe(false);
    expect(isClientGone(null)).toBe(false);
  });
});

describe("formatGraphQLError", () => {
  it("gives an abandoned request its public code", () => {
    const error = new GraphQLError("The client closed the connection before the answer was ready.", { originalError: new RequestAbandonedError() });
    expect(formatGraphQLError({ debug: false })(error.toJSON(), error).extensions?.code).toBe("CLIENT_CLOSED_REQUEST");
  });
});
