using System.Text.Json;

namespace Entente.Storage.Tests;

/// <summary>Compares results structurally: records holding lists are equal by reference otherwise.</summary>
public static class Json
{
    public static string Of(object? value) => JsonSerializer.Serialize(value);
}
