-- Sign-in attempts are counted before the password is checked (so parallel guesses cannot pass the lockout), and
-- a count stops counting once the account has seen no attempt for a while (clinic.staff.sign-in.forget-failures-after):
-- this column holds when the latest counted attempt began.
alter table staff_account add column sign_in_counted_at timestamptz;
