package io.ogi.parse.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionSolverTest {

  private static boolean rowSum(double[] r) {
    double s = 0;
    for (int i = 0; i < 6; i++) {
      s += r[i];
    }
    return s == r[6];
  }

  @Test
  void twoEqualNumbersInASevenColumnRowFixOnlyTheTotal() {
    Double[] out = PositionSolver.solve(List.of(4.0, 4.0), 7, PositionSolverTest::rowSum);
    assertThat(out[6]).isEqualTo(4.0);
    for (int c = 0; c < 6; c++) {
      assertThat(out[c]).as("column %d undetermined", c).isNull();
    }
  }

  @Test
  void threeNumbersWhoseLastIsTheSumOfTwoArePlacedOnlyWhereTheRowAddsUp() {
    // 18 and 2 then 20: the 20 must be the total; 18 and 2 may sit in any two applicant columns.
    Double[] out = PositionSolver.solve(List.of(18.0, 2.0, 20.0), 7, PositionSolverTest::rowSum);
    assertThat(out[6]).isEqualTo(20.0);
    assertThat(out[0]).as("18 may sit in several columns").isNull();
    assertThat(out[5]).as("0 or 2: undetermined").isNull();
  }

  @Test
  void numbersThatCannotSatisfyTheIdentityGiveNoPlacement() {
    assertThat(PositionSolver.solve(List.of(5.0, 3.0), 7, PositionSolverTest::rowSum)).isNull();
  }

  @Test
  void allSevenNumbersHaveOnePlacement() {
    Double[] out = PositionSolver.solve(List.of(1.0, 2.0, 0.0, 0.0, 0.0, 0.0, 3.0), 7, PositionSolverTest::rowSum);
    assertThat(out).containsExactly(1.0, 2.0, 0.0, 0.0, 0.0, 0.0, 3.0);
  }
}
