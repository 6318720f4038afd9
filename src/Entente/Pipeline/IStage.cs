namespace Entente.Pipeline;

/// <summary>
/// One pipeline stage: it owns one layer of the <see cref="Document"/> and reads earlier ones. Stages are pure and
/// deterministic (no I/O, no clock, no mutable state), so one instance codes many articles in parallel.
/// </summary>
public interface IStage
{
    Document Process(Document document);
}
