using Xunit.Abstractions;
using Xunit.Sdk;

namespace Entente.Storage.Tests;

/// <summary>A contract test case that skips in a <see cref="RequiresPostgresAttribute"/> class when no server is configured.</summary>
public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer", error: true)]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay methodDisplay, TestMethodDisplayOptions methodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, methodDisplay, methodDisplayOptions, testMethod)
    {
    }

    // Read when the case is initialised, in the process that runs it, so the environment of the run decides.
    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        TestMethod.TestClass.Class.ToRuntimeType().IsDefined(typeof(RequiresPostgresAttribute), inherit: true) && PostgresServer.SkipReason is { } reason
            ? reason
            : base.GetSkipReason(factAttribute);
}
