using System.Globalization;

/// <summary>Command-line options; defaults are the standard load size.</summary>
sealed record LoadOptions(int Questions, int Answers, int Members, int Comments, int Seed, string Out, bool Analyze)
{
    public static LoadOptions? Parse(string[] args)
    {
        var o = new LoadOptions(100_000, 400_000, 20_000, 20_000, 20261123, "tests/load/out/load.db", true);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Count() => int.TryParse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
                ? n : throw new ArgumentException($"{args[i - 1]} needs a non-negative number");
            switch (args[i])
            {
                case "--questions": o = o with { Questions = Count() }; break;
                case "--answers": o = o with { Answers = Count() }; break;
                case "--members": o = o with { Members = Count() }; break;
                case "--comments": o = o with { Comments = Count() }; break;
                case "--seed": o = o with { Seed = Count() }; break;
                case "--out": o = o with { Out = Next() }; break;
                case "--no-analyze": o = o with { Analyze = false }; break;
                case "-h" or "--help":
                    Console.WriteLine("usage: Community.LoadData [--questions N] [--answers N] [--members N] [--comments N] [--seed N] [--out PATH] [--no-analyze]");
                    return null;
                default: throw new ArgumentException($"unknown option {args[i]} (try --help)");
            }
        }
        if (o.Members < 2) throw new ArgumentException("--members must be at least 2 (askers and answerers differ)");
        if (o.Questions < 1) throw new ArgumentException("--questions must be at least 1");
        return o;
    }
}
