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

// An app draws an article's body by switching on each block's type; the union narrows every case.
type Block = components["schemas"]["Block"];
type TextRun = components["schemas"]["TextRun"];

function runsText(runs: TextRun[] | undefined): string {
  return (runs ?? []).map((run) => run.text).join("");
}

export function readingText(body: Block[]): string {
  return body
    .map((block): string => {
      switch (block.type) {
        case "heading":
          return `${"#".repeat(block.level)} ${block.text}`;
        case "paragraph":
        case "quote":
          return runsText(block.content);
        case "list":
          return block.items.map((item) => `- ${runsText(item.content)}`).join("\n");
        case "image":
          return block.decorative ? "" : `[image ${block.media}: ${block.alt ?? ""}]`;
        case "video":
          return `[${block.provider} video: ${block.title}]`;
        case "callout":
          return readingText(block.blocks);
      }
    })
    .join("\n\n");
}

export function citedReferences(run: TextRun): number[] {
  return (run.marks ?? []).flatMap((mark) => (mark.type === "citation" ? [mark.reference] : []));
}
