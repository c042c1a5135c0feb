// `tally extract FILE…`: casualty claims of each article, one JSON line (or one table) per article.
import { type Command, InvalidArgumentError, Option } from "commander";
import { TallyError } from "../../errors.js";
import { extractClaimsBatch } from "../../extract/index.js";
import type { Claim } from "../../extract/types.js";
import { type CliContext, write } from "../context.js";
import { formatTable } from "../format-table.js";
import { type Article, isoDate, readArticles, readDates } from "../read-articles.js";

/** One output line: the shape ../shared/eval/score.mjs reads. */
export interface ArticleClaims {
  doc: string;
  published: string | null;
  claims: Claim[];
}

/** How many articles go through the extractor's stages together (see extractClaimsBatch). */
export const BATCH_SIZE = 128;

/** The claims of each article, with its publication date and title passed to the extractor. */
export function extractArticles(articles: readonly Article[]): ArticleClaims[] {
  const claims = extractClaimsBatch(
    articles.map((a) => ({ text: a.text, options: { published: a.published, title: a.title } })),
  );
  return articles.map((a, i) => ({ doc: a.id, published: a.published, claims: claims[i] ?? [] }));
}

/**
 * extractArticles, but an article the extractor fails on is reported as a bug and skipped:
 * the batch is retried one article at a time to find it.
 */
export function extractArticlesReporting(articles: readonly Article[], report: (e: TallyError) => void) {
  try {
    return extractArticles(articles);
  } catch {
    return articles.flatMap((article) => {
      try {
        return extractArticles([article]);
      } catch (error) {
        report(new TallyError("INTERNAL", `extractor failed on "${article.id}": ${messageOf(error)}`));
        return [];
      }
    });
  }
}

interface ExtractFlags {
  format: "json" | "table";
  published?: string;
  dates?: string;
}

export function registerExtract(program: Command, context: CliContext): void {
  program
    .command("extract")
    .description("extract casualty claims from articles")
    .argument(
      "<files...>",
      'JSON Lines of {"id", "published", "text", "title"?} ("-" for stdin), or .txt files (one article each, id = base name)',
    )
    .addOption(
      new Option("-f, --format <format>", "output format").choices(["json", "table"]).default("json"),
    )
    .option("--published <date>", "publication date (YYYY-MM-DD) for .txt files", parseDate)
    .option("--dates <file>", 'JSON {"docs": {ID: {"published": DATE}}} giving .txt files their dates')
    .action(async (files: string[], flags: ExtractFlags) => {
      if (files.filter((file) => file === "-").length > 1) {
        throw new TallyError("USAGE", 'standard input ("-") can be read only once');
      }
      const dates = flags.dates === undefined ? undefined : await readDates(flags.dates);
      const articles = readArticles(files, {
        published: flags.published ?? null,
        dates,
        stdin: context.stdin,
      });
      let batch: Article[] = [];
      const flush = async () => {
        for (const result of extractArticlesReporting(batch, context.report))
          await write(
            context.stdout,
            flags.format === "table" ? formatTable(result) : `${JSON.stringify(result)}\n`,
          );
        batch = [];
      };
      for await (const article of articles) {
        if (article instanceof TallyError) {
          context.report(article);
          continue;
        }
        batch.push(article);
        if (batch.length >= BATCH_SIZE) await flush();
      }
      await flush();
    });
}

function parseDate(value: string): string {
  if (!isoDate.safeParse(value).success) throw new InvalidArgumentError("expected an ISO date (YYYY-MM-DD)");
  return value;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
