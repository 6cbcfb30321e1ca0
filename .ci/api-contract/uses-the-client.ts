// Compiled under tsc --strict in CI against the types openapi-typescript generates from openapi/openapi.yaml:
// what a front-end team writes first must type-check, or the document misleads its clients.
import type { components, operations, paths } from "./generated/clinic-api";

type ArticlePage = components["schemas"]["ArticleSummaryPage"];
type Problem = components["schemas"]["Problem"];
type QuestionForm = components["schemas"]["QuestionForm"];
type Receipt = operations["submitQuestion"]["responses"][202]["content"]["application/json"];
type ListArticlesQuery = NonNullable<paths["/articles"]["get"]["parameters"]["query"]>;

export function titles(page: ArticlePage): string[] {
  return page.items?.map((article) => article.title ?? "") ?? [];
}

export function fieldErrors(problem: Problem): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const error of problem.errors ?? []) {
    errors[error.field ?? ""] = error.message ?? "";
  }
  return errors;
}

export const question: QuestionForm = {
  firstName: "Maria",
  email: "maria.lopez@example.com",
  question: "Could prolotherapy help with the pain in my lower back?",
  location: "oak-park",
};

export const secondPage: ListArticlesQuery = { page: 2, size: 20, sort: "-publishedAt" };

export function reference(receipt: Receipt): string {
  return receipt.id ?? "";
}
