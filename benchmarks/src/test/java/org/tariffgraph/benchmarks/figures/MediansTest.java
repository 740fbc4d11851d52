package org.tariffgraph.benchmarks.figures;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The median is the middle value, or the mean of the middle two, whatever order the values came in. */
class MediansTest {

	@Test
	void anOddNumberOfValuesHasTheMiddleOne() {
		assertThat(Medians.of(9.0, 1.0, 5.0)).isEqualTo(5.0);
		assertThat(Medians.of(List.of(30.0, 10.0, 1000.0, 20.0, 40.0))).isEqualTo(30.0);
	}

	@Test
	void anEvenNumberOfValuesHasTheMeanOfTheMiddleTwo() {
		assertThat(Medians.of(4.0, 1.0, 3.0, 2.0)).isEqualTo(2.5);
	}

	@Test
	void noValuesHaveNoMedian() {
		assertThatIllegalArgumentException().isThrownBy(Medians::of);
	}

}
