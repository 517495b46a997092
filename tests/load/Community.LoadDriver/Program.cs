using Community.LoadDriver;

// Commands, each run by tests/load/run (see its header for the scenarios):
//   hash PASSWORD                                   the Identity hash of PASSWORD, for the load members
//   cookies URL EMAILS_FILE PASSWORD OUT_FILE       signs each member in through the login form; one Cookie header per line
//   answers URL EMAILS_FILE PASSWORD QUESTIONS_FILE WRITERS SECONDS IDS_OUT
//                                                   WRITERS members post answers through the answer form for SECONDS
//   join URL QUESTION_PATH CLIENTS EMAIL PASSWORD   CLIENTS SignalR visitors join one question; then one answer's fan-out
// Each prints "RESULT key=value …" lines that tests/load/run puts into its table.
var command = args.FirstOrDefault();
try
{
    switch (command)
    {
        case "hash" when args.Length == 2:
            Console.WriteLine(LoadPassword.Hash(args[1]));
            return 0;
        case "cookies" when args.Length == 5:
            await MemberCookies.WriteAsync(new Uri(args[1]), await File.ReadAllLinesAsync(args[2]), args[3], args[4]);
            return 0;
        case "answers" when args.Length == 8:
            await AnswerWriters.RunAsync(new Uri(args[1]), await File.ReadAllLinesAsync(args[2]), args[3], await File.ReadAllLinesAsync(args[4]),
                int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(double.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture)), args[7]);
            return 0;
        case "join" when args.Length == 6:
            await LiveJoin.RunAsync(new Uri(args[1]), args[2], int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), args[4], args[5]);
            return 0;
        default:
            Console.Error.WriteLine("usage: see the comment at the top of tests/load/Community.LoadDriver/Program.cs");
            return 2;
    }
}
catch (LoadDriverException e)
{
    Console.Error.WriteLine($"load driver: {e.Message}");
    return 1;
}
