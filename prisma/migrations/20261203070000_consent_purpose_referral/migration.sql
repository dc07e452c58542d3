-- A consent to refer the case to a service provider of the office's directory. On its own
-- migration: a value added to an enum cannot be used in the transaction that adds it.
ALTER TYPE "ConsentPurpose" ADD VALUE 'REFERRAL';
