using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Enforcement;
using CampaignPlatform.Modules.Enforcement.Calendar;
using CampaignPlatform.Modules.Enforcement.Cases;
using CampaignPlatform.Modules.Enforcement.Data;
using CampaignPlatform.Modules.Enforcement.Intake;
using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.UnitTests.Enforcement;

public sealed class CaseWorkflowTests
{
    // Monday 9 March 2026, 10:00 in the city.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.FromHours(8)));

    private readonly CaseWorkflow _workflow = new(
        new WorkingCalendar(new HashSet<DateOnly>(), new HashSet<DateOnly>(), WorkingCalendar.DefaultPeriods), new EnforcementOptions());

    private static DateTimeOffset City(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    private EnforcementCase NewCase(CaseCategory category = CaseCategory.Dumping)
    {
        var c = new EnforcementCase { Id = Guid.NewGuid(), Number = "ZF-2026-000001", Category = category, Description = "垃圾堆放", ReportedBy = "公众" };
        _workflow.Open(c, _clock.GetUtcNow());
        return c;
    }

    private DateTimeOffset Now => _clock.GetUtcNow();

    private EnforcementCase Dispatched(CaseCategory category = CaseCategory.Dumping)
    {
        var c = NewCase(category);
        _workflow.Register(c, Now, "受理员", null);
        _workflow.Dispatch(c, Now, "调度员", CaseLevel.Village, Guid.NewGuid(), null);
        return c;
    }

    [Fact]
    public void A_case_runs_from_report_to_closure_with_a_deadline_for_each_step()
    {
        var c = NewCase();
        Assert.Equal(CaseState.Reported, c.State);
        Assert.Equal(City(3, 9, 12), c.StepDueAt); // register within 2 working hours

        _workflow.Register(c, Now, "受理员", null);
        Assert.Equal(City(3, 9, 11), c.StepDueAt); // dispatch within 1 working hour

        _workflow.Dispatch(c, Now, "调度员", CaseLevel.Village, Guid.NewGuid(), null);
        Assert.Equal(City(3, 9, 15, 30), c.HandleDueAt); // dumping: 4 working hours
        Assert.Equal(c.HandleDueAt, c.StepDueAt);

        _clock.Advance(TimeSpan.FromHours(3));
        _workflow.Handle(c, Now, "张队员", "已清运", "demo-township");
        Assert.Equal(CaseState.Handled, c.State);
        _workflow.Verify(c, Now, "李核查", true, null);
        var closing = _workflow.Close(c, Now, "李核查", null);

        Assert.Equal(CaseState.Closed, c.State);
        Assert.True(c.ClosedOnTime);
        Assert.Null(c.StepDueAt);
        Assert.Equal("结案", closing.Action);
        Assert.Equal(5, c.Version);
    }

    [Fact]
    public void Handling_after_the_deadline_closes_the_case_late()
    {
        var c = Dispatched();
        _clock.Advance(TimeSpan.FromHours(6)); // 16:00, past 15:30
        _workflow.Handle(c, Now, "张队员", "已清运", "demo-township");
        _workflow.Verify(c, Now, "李核查", true, null);
        _workflow.Close(c, Now, "李核查", null);
        Assert.False(c.ClosedOnTime);
    }

    [Fact]
    public void The_handler_can_never_verify_the_case()
    {
        var c = Dispatched();
        _workflow.Handle(c, Now, "张队员", "已清运", "demo-township");
        var refused = Assert.Throws<ConflictException>(() => _workflow.Verify(c, Now, " 张队员 ", true, null));
        Assert.Throws<ConflictException>(() => _workflow.Verify(c, Now, "demo-township", true, null));
        Assert.Equal(CaseState.Handled, refused.Extensions["currentState"]);
        Assert.Equal(CaseState.Handled, c.State);
    }

    [Fact]
    public void A_failed_verification_returns_the_case_to_the_handler_with_a_fresh_step_limit_but_the_original_handling_deadline()
    {
        var c = Dispatched();
        var original = c.HandleDueAt;
        _workflow.Handle(c, Now, "张队员", "已清运", "demo-township");
        _clock.Advance(TimeSpan.FromHours(1));
        var failed = _workflow.Verify(c, Now, "李核查", false, "仍有残留");

        Assert.Equal(CaseState.Dispatched, c.State);
        Assert.Equal(original, c.HandleDueAt);
        Assert.Equal(City(3, 9, 16, 30), c.StepDueAt); // 11:00 + 4 working hours, lunch skipped
        Assert.Contains("核查不通过", failed.Action);
    }

    [Fact]
    public void Illegal_structures_get_a_stop_work_and_a_demolition_deadline()
    {
        var c = Dispatched(CaseCategory.IllegalStructure);
        Assert.Equal(City(3, 9, 15, 30), c.HandleDueAt);
        Assert.Equal(City(4, 6, 10), c.DemolitionDueAt); // 20 working days
    }

    [Fact]
    public void Configured_limits_replace_the_defaults()
    {
        var options = new EnforcementOptions { TimeLimits = { ["Dumping.Handle"] = "2d" } };
        var workflow = new CaseWorkflow(new WorkingCalendar(new HashSet<DateOnly>(), new HashSet<DateOnly>(), WorkingCalendar.DefaultPeriods), options);
        var c = new EnforcementCase { Id = Guid.NewGuid(), Number = "ZF-2026-000002", Category = CaseCategory.Dumping, Description = "x", ReportedBy = "x" };
        workflow.Open(c, Now);
        workflow.Register(c, Now, "a", null);
        workflow.Dispatch(c, Now, "a", CaseLevel.Township, Guid.NewGuid(), null);
        Assert.Equal(City(3, 11, 10), c.HandleDueAt);
    }

    [Fact]
    public void A_parked_case_stops_its_clock_refuses_work_until_resumed_and_then_gets_a_new_deadline()
    {
        var c = Dispatched();
        _workflow.Park(c, Now, "王主任", "需协调产权单位");
        Assert.True(c.Parked);
        Assert.Null(c.StepDueAt);
        Assert.Throws<ConflictException>(() => _workflow.Handle(c, Now, "张队员", "已清运", "demo-township"));
        Assert.Throws<ConflictException>(() => _workflow.Park(c, Now, "王主任", "again"));

        _clock.Advance(TimeSpan.FromDays(2)); // Wednesday 10:00
        _workflow.Resume(c, Now, "调度员", null);
        Assert.False(c.Parked);
        Assert.Equal(City(3, 11, 15, 30), c.StepDueAt);
        Assert.Throws<ConflictException>(() => _workflow.Resume(c, Now, "调度员", null));
    }

    [Fact]
    public void Impossible_transitions_are_refused_with_the_current_state()
    {
        var c = NewCase();
        Assert.Equal(CaseState.Reported, Assert.Throws<ConflictException>(() => _workflow.Dispatch(c, Now, "a", CaseLevel.City, Guid.NewGuid(), null))
            .Extensions["currentState"]);
        Assert.Throws<ConflictException>(() => _workflow.Close(c, Now, "a", null));
        _workflow.Reject(c, Now, "受理员", "不属于执法范围");
        Assert.Equal(CaseState.Rejected, c.State);
        Assert.Throws<ConflictException>(() => _workflow.Register(c, Now, "a", null));
        Assert.Throws<ConflictException>(() => _workflow.Reject(c, Now, "a", "again"));
    }

    [Fact]
    public void Reports_fifty_metres_apart_are_near_and_a_hundred_are_not()
    {
        // 0.00045° of latitude is about 50 m.
        Assert.InRange(Geo.HaversineMetres(30.0, 120.0, 30.0004, 120.0), 44, 45);
        Assert.InRange(Geo.HaversineMetres(30.0, 120.0, 30.0009, 120.0), 99, 101);
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0571-8765432", "057****5432")]
    [InlineData("12345", "****")]
    public void Phones_are_masked_for_officers(string phone, string masked) => Assert.Equal(masked, PhoneMask.Of(phone));

    [Fact]
    public void Photos_are_recognised_by_their_first_bytes()
    {
        Assert.Equal("image/jpeg", PhotoTypes.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0x00]));
        Assert.Equal("image/png", PhotoTypes.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]));
        Assert.Null(PhotoTypes.Detect("GIF89a"u8));
        Assert.Null(PhotoTypes.Detect([0xFF, 0xD8]));
    }

    [Fact]
    public void Case_numbers_and_tracking_tokens_have_their_shape()
    {
        var token = CaseNumbers.NewTrackingToken();
        Assert.True(token.Length >= 22, token);
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
        Assert.NotEqual(token, CaseNumbers.NewTrackingToken());
    }
}
