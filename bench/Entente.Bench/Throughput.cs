using System.Diagnostics;
using System.Globalization;
using Entente.Ingest;
using Entente.Knowledge;
using Entente.Pipeline;

namespace Entente.Bench;

/// <summary>
/// Text-layer and event-coder throughput on one core: the development articles repeated until a run codes at least
/// <c>--articles</c> of them, five timed runs after a warm-up, median reported. Usage:
/// <c>dotnet run -c Release --project bench/Entente.Bench -- [--articles N] [GOLD.jsonl ...]</c>.
/// </summary>
public static class Throughput
{
    private const int Runs = 5;

    public static int Run(string[] args)
    {
        var target = 20_000;
        var inputs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--articles" && i + 1 < args.Length)
            {
                target = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                inputs.Add(args[i]);
            }
        }

        if (inputs.Count == 0)
        {
            inputs.Add(Path.Combine("..", "shared", "eval", "news-dev.jsonl"));
            inputs.Add(Path.Combine("..", "shared", "eval", "news-dev-world.jsonl"));
        }

        var articles = new ArticleSource().Read(inputs).Where(i => i.Article is not null).Select(i => i.Article!).ToArray();
        if (articles.Length == 0)
        {
            Console.Error.WriteLine("no articles read from " + string.Join(", ", inputs));
            return 1;
        }

        var characters = articles.Sum(a => (long)a.Body.Length) / articles.Length;
        Measure("text layer", TextLayer.Create(Lexicon.Default), articles, target, characters);
        Measure("event coder (text layer + events)", EventCoding.Create(Lexicon.Default), articles, target, characters);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {peak:F0} MB; {Environment.ProcessorCount} cores"));
        return 0;
    }

    private static void Measure(string name, TextPipeline pipeline, Article[] articles, int target, long characters)
    {
        Code(pipeline, articles, articles.Length * 10, out _);
        var rates = new List<double>();
        var sentenceRates = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            var watch = Stopwatch.StartNew();
            Code(pipeline, articles, target, out var sentences);
            watch.Stop();
            rates.Add(target / watch.Elapsed.TotalSeconds);
            sentenceRates.Add(sentences / watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}, one thread: {Median(rates):F0} articles/s, {Median(sentenceRates):F0} sentences/s (median of {Runs} runs of {target} articles, {articles.Length} distinct, {characters} chars each on average)"));
    }

    private static void Code(TextPipeline pipeline, Article[] articles, int count, out long sentences)
    {
        sentences = 0;
        for (var i = 0; i < count; i++)
        {
            sentences += pipeline.Process(articles[i % articles.Length]).Sentences.Count;
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
