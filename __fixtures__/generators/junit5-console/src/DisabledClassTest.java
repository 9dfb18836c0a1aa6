import org.junit.jupiter.api.*;
@Disabled("whole class disabled")
class DisabledClassTest { @Test void a() {} }
