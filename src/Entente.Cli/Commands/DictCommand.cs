using System.CommandLine;
using Entente.Knowledge;

namespace Entente.Cli.Commands;

/// <summary><c>entente dict check</c>: validates the dictionaries like a compiler and prints their version.</summary>
public static class DictCommand
{
    public static Command Create()
    {
        var check = new Command("check", "Validate the dictionary files (file:line: message) and print the dictionary version");
        check.SetAction(parse =>
        {
            var folder = parse.GetValue(CommonOptions.Data);
            var data = folder is null ? DataSet.Embedded : DataSet.Load(folder.FullName);
            var problems = DictionaryCheck.Run(data).ToList();
            foreach (var problem in problems)
            {
                parse.InvocationConfiguration.Error.WriteLine(problem);
            }

            parse.InvocationConfiguration.Output.WriteLine($"dictionary {data.Version}: {data.Files.Count()} files, {data.Files.Sum(f => f.Rows.Count)} rows, {problems.Count} problems");
            return problems.Count == 0 ? 0 : 1;
        });
        return new Command("dict", "Dictionary tools") { check };
    }
}
